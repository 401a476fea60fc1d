namespace ComplaintDesk.Core.Attachments;

/// <summary>What became of a file that arrived with a complaint or with the complainant's words.</summary>
public enum AttachmentState
{
    /// <summary>Its content is kept and may be downloaded.</summary>
    Kept,

    /// <summary>Larger than the desk keeps: only its name and size were recorded.</summary>
    TooLarge,

    /// <summary>More files came in one message than the desk keeps: only its name and size were recorded.</summary>
    TooMany,

    /// <summary>Erased with the complainant's personal data: its name and content are gone.</summary>
    Erased,
}
