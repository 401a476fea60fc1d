using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Tests.Localization;
using ComplaintDesk.Web.Components.Layout;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// The moment a complainant writes (by e-mail or on the status page), whoever has the complaint is told in a toast that
/// opens it, and a screen reader says it; nobody else is, and no other change is toasted.
/// </summary>
public sealed class TellingTheAssigneeTheComplainantWrote : DeskPageContext
{
    private ISnackbar Snackbar => Services.GetRequiredService<ISnackbar>();

    [Theory]
    [InlineData("tr-TR", "CMP-2026-000042: şikâyetçiden yeni bir mesaj var.")]
    [InlineData("en", "CMP-2026-000042: a new message from the complainant.")]
    public async Task The_assignee_is_told_in_their_language(string culture, string said)
    {
        using var language = new TestCulture(culture);
        SignInAs(DeskPerson.Handler);
        var toasts = Render<ReplyToasts>();

        await toasts.InvokeAsync(() => Events.OnComplaintChanged(Wrote(DeskPerson.Handler.Email)));

        toasts.WaitForAssertion(() => Assert.Equal(said, Assert.Single(Snackbar.ShownSnackbars).Message));
        Assert.Equal(said, toasts.Find("#reply-announcement").TextContent);
    }

    [Fact]
    public async Task Nobody_else_is_told_and_no_other_change_is_toasted()
    {
        SignInAs(DeskPerson.Handler);
        var toasts = Render<ReplyToasts>();

        await toasts.InvokeAsync(() => Events.OnComplaintChanged(Wrote("handler2@demo.local")));
        await toasts.InvokeAsync(() => Events.OnComplaintChanged(Wrote(null)));
        await toasts.InvokeAsync(() => Events.OnComplaintChanged(Wrote(DeskPerson.Handler.Email) with { LastMove = ComplaintMove.Note }));
        await toasts.InvokeAsync(() => Events.OnComplaintChanged(Wrote(DeskPerson.Handler.Email) with { Reference = "CMP-2026-000043" }));

        toasts.WaitForAssertion(() => Assert.Equal("CMP-2026-000043: a new message from the complainant.", Assert.Single(Snackbar.ShownSnackbars).Message));
    }

    private static ComplaintChange Wrote(string? assignee) =>
        new("CMP-2026-000042", ComplaintStatus.DecisionCommunicated, Priority.Medium, assignee, 0, 9, ComplaintMove.ComplainantInformation);
}
