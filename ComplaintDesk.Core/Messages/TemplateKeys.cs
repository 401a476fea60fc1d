namespace ComplaintDesk.Core.Messages;

/// <summary>The keys of what Core says about the message and reply templates administrators keep.</summary>
public static class TemplateKeys
{
    public const string OnlyAdministratorsChangeTemplates = "Core.Template.OnlyAdministratorsChange";

    public const string SubjectMissing = "Core.Template.SubjectMissing";

    public const string BodyMissing = "Core.Template.BodyMissing";

    /// <summary>A placeholder the template's kind does not know: {0} the name, {1} the ones it knows.</summary>
    public const string UnknownPlaceholder = "Core.Template.UnknownPlaceholder";

    /// <summary>A placeholder the text must say: {0} its name.</summary>
    public const string MissingPlaceholder = "Core.Template.MissingPlaceholder";

    /// <summary>Someone else saved or reset the template since the administrator opened it.</summary>
    public const string ChangedMeanwhile = "Core.Template.ChangedMeanwhile";

    public const string Saved = "Core.Audit.TemplateSaved";

    public const string Reset = "Core.Audit.TemplateReset";

    /// <summary>A template's purpose and kind as people name it ("the acknowledgement message").</summary>
    public static DeskMessage Describe(Templates.TemplatePurpose purpose, Mail.MessageKind kind) => DeskMessage.Of($"Core.Template.{purpose}.{kind}");
}
