namespace ComplaintDesk.Core.Templates;

/// <summary>What a stored template words: a message the desk sends, or a text a handler starts a move's field from.</summary>
public enum TemplatePurpose
{
    /// <summary>The subject and body of a message to the complainant (<see cref="Mail.MessageKind"/>).</summary>
    Mail,

    /// <summary>A handler's reply: the text a move dialog's field starts from (acknowledgement, question, decision).</summary>
    Reply,
}
