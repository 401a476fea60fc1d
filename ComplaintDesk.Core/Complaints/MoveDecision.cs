using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints;

/// <summary>Whether a person may make a move on a complaint now and, when not, why (<see cref="ComplaintPermissions.Decide"/>).</summary>
public sealed record MoveDecision(MoveRefusalKind? Refusal, DeskMessage? Reason)
{
    public static MoveDecision Allowed { get; } = new(null, null);

    public bool IsAllowed => Refusal is null;

    public static MoveDecision Refused(MoveRefusalKind kind, DeskMessage reason) => new(kind, reason);

    public void ThrowIfRefused()
    {
        switch (Refusal)
        {
            case null:
                return;
            case MoveRefusalKind.NotPermitted:
                throw new NotPermittedException(Reason!);
            default:
                throw new MoveRefusedException(Reason!);
        }
    }
}
