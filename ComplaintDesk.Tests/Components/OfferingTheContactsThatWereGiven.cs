using AngleSharp.Dom;
using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Web.Features.Complaints;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

/// <summary>The intake form offers as preferred contact only the ways to reach the complainant that were filled in, and keeps the handler's choice.</summary>
public sealed class OfferingTheContactsThatWereGiven : DeskPageContext
{
    public OfferingTheContactsThatWereGiven()
    {
        SignInAs(DeskPerson.Handler);
        Workflow.Answer = new ComplaintDetailsBuilder("CMP-2026-000123").Build();
    }

    [Fact]
    public void With_nothing_filled_in_only_a_letter_is_offered_and_nothing_is_chosen()
    {
        var form = RenderPage<NewComplaintPage>();

        Assert.Equal([("Letter", false)], Radios(form));
    }

    [Fact]
    public void An_email_alone_makes_email_the_preferred_contact()
    {
        var form = RenderPage<NewComplaintPage>();

        form.Find("#email").Input("ayse.kara@example.com");

        Assert.Equal([("Email", true), ("Letter", false)], Radios(form));
        Assert.Equal(ContactMethod.Email, Sent(form));
    }

    [Fact]
    public void A_phone_alone_makes_phone_the_preferred_contact()
    {
        var form = RenderPage<NewComplaintPage>();

        form.Find("#phone").Input("+90 532 111 22 33");

        Assert.Equal([("Phone", true), ("Letter", false)], Radios(form));
        Assert.Equal(ContactMethod.Phone, Sent(form));
    }

    [Fact]
    public void A_postal_address_alone_makes_a_letter_the_preferred_contact_and_is_sent()
    {
        var form = RenderPage<NewComplaintPage>();

        form.Find("#postal-address").Input("Moda Cad. 12/3, Kadıköy");

        Assert.Equal([("Letter", true)], Radios(form));
        Assert.Equal(ContactMethod.Letter, Sent(form));
        Assert.Equal("Moda Cad. 12/3, Kadıköy", Assert.Single(Workflow.Received).Complainant!.PostalAddress);
    }

    [Fact]
    public void The_handlers_choice_is_kept_and_comes_back_once_its_contact_is_given_again()
    {
        var form = RenderPage<NewComplaintPage>();
        form.Find("#email").Input("ayse.kara@example.com");
        form.Find("#phone").Input("+90 532 111 22 33");
        Radio(form, "Phone").Click();

        form.Find("#phone").Input("");
        Assert.Equal([("Email", true), ("Letter", false)], Radios(form));

        form.Find("#phone").Input("+90 532 444 55 66");
        Assert.Equal([("Email", false), ("Phone", true), ("Letter", false)], Radios(form));
        Assert.Equal(ContactMethod.Phone, Sent(form));
    }

    private static IReadOnlyList<(string Contact, bool Chosen)> Radios(IRenderedComponent<NewComplaintPage> form)
    {
        var chosen = form.FindComponent<MudRadioGroup<ContactMethod?>>().Instance.Value?.ToString();
        return [.. form.FindAll("#preferred-contact label.mud-radio").Select(radio => radio.TextContent.Trim()).Select(c => (c, c == chosen))];
    }

    private static IElement Radio(IRenderedComponent<NewComplaintPage> form, string contact) =>
        form.FindAll("#preferred-contact label.mud-radio").Single(radio => radio.TextContent.Trim() == contact).QuerySelector("input")!;

    private ContactMethod? Sent(IRenderedComponent<NewComplaintPage> form)
    {
        form.Find("#register").Click();
        return Assert.Single(Workflow.Received).Complainant?.PreferredContact;
    }
}
