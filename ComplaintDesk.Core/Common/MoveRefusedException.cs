namespace ComplaintDesk.Core.Common;

/// <summary>A rule of the process refuses the move (wrong state, objectivity, escalation ceiling…).</summary>
public sealed class MoveRefusedException(string message) : DeskException(message);
