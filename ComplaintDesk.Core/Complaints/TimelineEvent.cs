using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// One immutable fact in a complaint's history (ISO 10002 4.9, 4.12): who did what, when, and
/// under which clause. Never changed or deleted once saved.
/// </summary>
public sealed class TimelineEvent
{
    private TimelineEvent()
    {
    }

    internal TimelineEvent(
        Stamp stamp, ComplaintMove move, ComplaintStatus? from, ComplaintStatus to, DeskMessage what, string? text)
    {
        At = stamp.At;
        ActorId = stamp.Actor.UserId;
        ActorEmail = stamp.Actor.Email;
        Move = move;
        Clause = MoveText.Clause(move);
        FromStatus = from;
        ToStatus = to;
        Message = StoredMessage.Write(what);
        Text = text;
    }

    public long Id { get; private set; }

    public long ComplaintId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ActorId { get; private set; } = "";

    public string ActorEmail { get; private set; } = "";

    public ComplaintMove Move { get; private set; }

    public string Clause { get; private set; } = "";

    public ComplaintStatus? FromStatus { get; private set; }

    public ComplaintStatus ToStatus { get; private set; }

    /// <summary>The English sentence a row written before events had keys keeps, e.g. "Priority High, category Delivery"; empty since.</summary>
    public string Summary { get; private set; } = "";

    /// <summary>What happened as a key and its values (<see cref="StoredMessage"/>); null on a row written before events had keys.</summary>
    public string? Message { get; private set; }

    /// <summary>What the desk says happened, for Web to word in the reader's language.</summary>
    public DeskMessage What => StoredMessage.Read(Message, Summary);

    /// <summary>The words a person wrote with the move (a note, a question, a reason), if any.</summary>
    public string? Text { get; private set; }
}
