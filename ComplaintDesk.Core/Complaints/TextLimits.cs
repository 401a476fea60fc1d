namespace ComplaintDesk.Core.Complaints;

/// <summary>How long each kind of text may be.</summary>
public static class TextLimits
{
    public const int Name = 200;
    public const int ShortText = 500;
    public const int MediumText = 2_000;
    public const int LongText = 8_000;
}
