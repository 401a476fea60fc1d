namespace ComplaintDesk.Core.Messages;

/// <summary>The keys of what Core says about attachments; Web words them.</summary>
public static class AttachmentKeys
{
    /// <summary>Someone who may not see personal data asked for a complainant's file.</summary>
    public const string OnlyWhoSeesPersonalData = "Core.Attachment.OnlyWhoSeesPersonalData";

    /// <summary>No kept file by that number on the complaint; its value is the complaint's reference.</summary>
    public const string NoSuchAttachment = "Core.Attachment.NoSuchAttachment";
}
