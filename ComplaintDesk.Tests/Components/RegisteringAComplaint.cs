using AngleSharp.Dom;
using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Web.Features.Complaints;

namespace ComplaintDesk.Tests.Components;

/// <summary>ISO 10002 7.2: the intake form sends what the handler typed; Core's verdict shows on the form.</summary>
public sealed class RegisteringAComplaint : DeskPageContext
{
    private const string Description = "The parcel arrived two weeks late and the box was crushed.";

    public RegisteringAComplaint() => SignInAs(DeskPerson.Handler);

    [Fact]
    public void Sends_what_was_typed_with_the_time_read_on_the_desks_clock()
    {
        Workflow.Answer = new ComplaintDetailsBuilder("CMP-2026-000123").Build();
        var form = RenderPage<NewComplaintPage>();

        form.Find("#name").Change("Ayşe Kara");
        form.Find("#email").Input("ayse.kara@example.com");
        Choose(form, "Channel", "Social media");
        form.Find("#product").Change("Next-day delivery");
        form.Find("#description").Input(Description);
        form.Find("#register").Click();

        var sent = Assert.Single(Workflow.Received);
        Assert.Equal(
            new NewComplaint(
                Channel.SocialMedia, Now,
                new ComplainantDetails("Ayşe Kara", "ayse.kara@example.com", null, ContactMethod.Email, "tr-TR"),
                "Next-day delivery", null, Description),
            sent with { Attachments = null });
        Assert.Empty(sent.Attachments!);
        Assert.Equal(TimeSpan.FromHours(3), sent.ReceivedAt?.Offset);
    }

    [Fact]
    public void Sends_the_language_chosen_for_the_complainants_messages()
    {
        Workflow.Answer = new ComplaintDetailsBuilder("CMP-2026-000123").Build();
        var form = RenderPage<NewComplaintPage>();

        form.Find("#name").Change("Ayşe Kara");
        form.Find("#email").Input("ayse.kara@example.com");
        form.Find("#product").Change("Next-day delivery");
        form.Find("#description").Input(Description);
        Choose(form, "Language for messages", "English");
        form.Find("#register").Click();

        Assert.Equal("en", Assert.Single(Workflow.Received).Complainant!.Language);
    }

    [Fact]
    public void Links_to_the_new_complaint_once_registered()
    {
        Workflow.Answer = new ComplaintDetailsBuilder("CMP-2026-000123").Build();
        var form = RenderPage<NewComplaintPage>();
        form.Find("#name").Change("Ayşe Kara");

        form.Find("#register").Click();

        var link = form.Find("#created-link");
        Assert.Equal(("CMP-2026-000123", "/complaints/CMP-2026-000123"), (link.TextContent.Trim(), link.GetAttribute("href")));
        Assert.Empty(form.FindAll("#form-errors"));
        Assert.True(string.IsNullOrEmpty(form.Find("#name").GetAttribute("value")));
    }

    [Fact]
    public void Starts_the_next_complaint_on_a_fresh_form_that_asks_for_nothing_yet()
    {
        Workflow.Answer = new ComplaintDetailsBuilder("CMP-2026-000123").Build();
        var form = RenderPage<NewComplaintPage>();
        form.Find("#name").Change("Ayşe Kara");
        form.Find("#product").Change("Next-day delivery");
        form.Find("#description").Input(Description);

        form.Find("#register").Click();

        Assert.Single(form.FindAll("#created-link"));
        Assert.Empty(form.FindAll(".mud-input-error"));
    }

    [Fact]
    public void Shows_Cores_field_errors_next_to_their_fields_and_sums_them_up()
    {
        Workflow.Refusal = new InvalidInputException(new Dictionary<string, string[]>
        {
            ["complainant.name"] = ["Give the complainant's name."],
            ["description"] = ["Describe what went wrong."],
        });
        var form = RenderPage<NewComplaintPage>();

        form.Find("#register").Click();

        Assert.Equal("Give the complainant's name.", ErrorUnder(form.Find("#name")));
        Assert.Equal("Describe what went wrong.", ErrorUnder(form.Find("#description")));
        Assert.Null(ErrorUnder(form.Find("#product")));
        Assert.Equal("true", form.Find("#name").GetAttribute("aria-invalid"));
        Assert.Equal("Please correct the 2 fields marked in red.", form.Find("#form-errors").TextContent.Trim());
        Assert.Empty(form.FindAll("#created-link"));
    }

    [Fact]
    public void Sums_up_a_refusal_that_is_about_no_field()
    {
        Workflow.Refusal = new NotPermittedException("Your role can read complaints but not change them; handlers and supervisors work them.");
        var form = RenderPage<NewComplaintPage>();

        form.Find("#register").Click();

        Assert.Equal(Workflow.Refusal.Message, form.Find("#form-errors").TextContent.Trim());
    }

    /// <summary>The error text MudBlazor shows under the field that holds this input (left of any counter), if any.</summary>
    private static string? ErrorUnder(IElement input) =>
        input.Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error > .me-auto")?.TextContent.Trim();
}
