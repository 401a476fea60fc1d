namespace ComplaintDesk.Core.Complaints;

/// <summary>Why a move is refused, as far as the answer's kind goes.</summary>
public enum MoveRefusalKind
{
    /// <summary>The person's capabilities or relation to the complaint do not allow it (403).</summary>
    NotPermitted,

    /// <summary>A rule of the process refuses it whoever asks: objectivity, an independent decision (409).</summary>
    AgainstTheRules,

    /// <summary>The complaint's status does not allow the move (409).</summary>
    NotInThisStatus,
}
