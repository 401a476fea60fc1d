using Bunit;
using ComplaintDesk.Core.Mail;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// The complaint page shows each message to the complainant and how its sending went: sent, being tried again and
/// why, or not delivered with what to do; while one is still on its way, the page looks again until it settles.
/// </summary>
public sealed class ShowingMessagesBesideTheTimeline : ComplaintPageContext
{
    private static readonly DateTimeOffset _queued = DeskPageContext.Now.AddMinutes(-20);

    [Fact]
    public void A_sent_message_a_retried_one_and_an_undelivered_one_each_say_where_they_stand()
    {
        SignInAs(DeskPerson.Handler);
        Mail.Holds(ComplaintDetailsBuilder.Reference,
            new SentMessageView(MessageKind.Acknowledgement, MessageState.Sent, _queued, 1, _queued.AddSeconds(2), null, null, null),
            new SentMessageView(MessageKind.InformationRequest, MessageState.Queued, _queued, 2, null, DeskPageContext.Now.AddMinutes(2), MailFailureKind.ServerError, 451),
            new SentMessageView(MessageKind.Decision, MessageState.Failed, _queued, 6, null, null, MailFailureKind.Unreachable, null));

        var panel = Open(new ComplaintDetailsBuilder().Build()).Find("#complaint-messages");

        var rows = panel.QuerySelectorAll("[data-message-state]").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("Acknowledgement", rows[0], StringComparison.Ordinal);
        Assert.Contains("Sent", rows[0], StringComparison.Ordinal);
        Assert.Contains("tries: 2 · the mail server answered with an error (SMTP 451)", rows[1], StringComparison.Ordinal);
        Assert.Contains("next try", rows[1], StringComparison.Ordinal);
        Assert.Contains("Not delivered", rows[2], StringComparison.Ordinal);
        Assert.Contains("reach the complainant another way", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_complaint_that_sent_nothing_shows_no_panel()
    {
        SignInAs(DeskPerson.Handler);

        var page = Open(new ComplaintDetailsBuilder().Build());

        Assert.Empty(page.FindAll("#complaint-messages"));
    }

    [Fact]
    public void While_a_message_is_on_its_way_the_page_looks_again_and_shows_it_sent()
    {
        SignInAs(DeskPerson.Handler);
        Mail.Holds(ComplaintDetailsBuilder.Reference,
            new SentMessageView(MessageKind.Acknowledgement, MessageState.Queued, _queued, 0, null, _queued, null, null));
        var page = Open(new ComplaintDetailsBuilder().Build());
        Assert.Equal("Queued", page.Find("[data-message-state]").GetAttribute("data-message-state"));
        Mail.Holds(ComplaintDetailsBuilder.Reference,
            new SentMessageView(MessageKind.Acknowledgement, MessageState.Sent, _queued, 1, DeskPageContext.Now, null, null, null));

        Time.Advance(TimeSpan.FromSeconds(5));

        page.WaitForAssertion(() => Assert.Equal("Sent", page.Find("[data-message-state]").GetAttribute("data-message-state")));
    }
}
