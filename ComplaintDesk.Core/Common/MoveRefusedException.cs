using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Common;

/// <summary>A rule of the process refuses the move (wrong state, objectivity, escalation ceiling…).</summary>
public sealed class MoveRefusedException(DeskMessage text) : DeskException(text)
{
    public MoveRefusedException(string sentence)
        : this(DeskMessage.Unkeyed(sentence))
    {
    }
}
