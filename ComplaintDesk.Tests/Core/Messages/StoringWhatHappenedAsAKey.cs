using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Tests.Core.Messages;

/// <summary>
/// An event's row keeps what happened as a key and its values, so it can be worded in any language later: text,
/// whole numbers, the desk's choices and messages within it come back as they went in; a row without one keeps its sentence.
/// </summary>
public sealed class StoringWhatHappenedAsAKey
{
    [Fact]
    public void Text_numbers_choices_and_messages_within_come_back_as_they_went_in()
    {
        var raised = DeskMessage.Of(
            EventKeys.AlertRaised,
            DeskMessage.Of(EventKeys.BreachUnhandled, ClockKind.Respond, 30),
            2,
            DeskMessage.AllOf([EventKeys.Members(DeskRole.Supervisor), EventKeys.Members(DeskRole.QualityManager)]));
        var assessed = DeskMessage.Of(EventKeys.Assessed, Priority.High, "İade ve \"değişim\"");

        Assert.Equal(raised, StoredMessage.Read(StoredMessage.Write(raised)));
        Assert.Equal(assessed, StoredMessage.Read(StoredMessage.Write(assessed)));
        Assert.IsType<Priority>(StoredMessage.Read(StoredMessage.Write(assessed)).Arguments[0]);
    }

    [Fact]
    public void Every_choice_an_event_names_comes_back_as_itself()
    {
        object[] choices = [Channel.InPerson, Priority.Critical, ComplaintStatus.AwaitingComplainant, RemedyType.Refund, ClosingOutcome.NoReply, ClockKind.Resolve, DeskRole.QualityManager];

        var read = StoredMessage.Read(StoredMessage.Write(DeskMessage.Of("Core.Event.Test", choices)));

        Assert.Equal(choices, read.Arguments);
    }

    [Fact]
    public void A_row_written_before_events_had_keys_says_its_sentence()
    {
        Assert.Equal(DeskMessage.Unkeyed("Priority High, category Delivery"), StoredMessage.Read(null, "Priority High, category Delivery"));
    }

    [Fact]
    public void A_choice_the_desk_no_longer_has_is_read_as_its_name()
    {
        var read = StoredMessage.Read("""{"key":"Core.Event.Received","args":[{"choice":"Channel","value":"Fax"}]}""");

        Assert.Equal(DeskMessage.Of(EventKeys.Received, "Fax"), read);
    }

    [Fact]
    public void Only_a_message_with_a_key_and_values_it_can_read_back_is_stored()
    {
        Assert.Throws<ArgumentException>(() => StoredMessage.Write(DeskMessage.Unkeyed("Note added")));
        Assert.Throws<ArgumentException>(() => StoredMessage.Write(DeskMessage.Of(EventKeys.Assessed, 1.5m, "Delivery")));
    }
}
