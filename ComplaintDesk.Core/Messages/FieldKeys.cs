namespace ComplaintDesk.Core.Messages;

/// <summary>The keys of the field errors many inputs share (text, choices, instants, pages, names, days).</summary>
public static class FieldKeys
{
    public const string SomeDetailsInvalid = "Core.Field.SomeDetailsInvalid";

    public const string ControlCharacters = "Core.Field.ControlCharacters";

    public const string NotOneOf = "Core.Field.NotOneOf";

    public const string IsoInstant = "Core.Field.IsoInstant";

    public const string TooLong = "Core.Field.TooLong";

    public const string PagesFromOne = "Core.Field.PagesFromOne";

    public const string PageOfComplaints = "Core.Field.PageOfComplaints";

    public const string PageOfRows = "Core.Field.PageOfRows";

    /// <summary>A sample's size out of range; its value is the largest.</summary>
    public const string SampleSize = "Core.Field.SampleSize";

    public const string SampleSeed = "Core.Field.SampleSeed";

    /// <summary>A file sent in a JSON body without its content.</summary>
    public const string FileContentMissing = "Core.Field.FileContentMissing";

    /// <summary>Its value is the most days a key may last.</summary>
    public const string ApiKeyDays = "Core.Field.ApiKeyDays";

    public const string PageOfPeople = "Core.Field.PageOfPeople";

    public const string NameTheCategory = "Core.Field.NameTheCategory";

    public const string NameTheTeam = "Core.Field.NameTheTeam";

    public const string NameTheView = "Core.Field.NameTheView";

    public const string NameHasHiddenCharacter = "Core.Field.NameHasHiddenCharacter";

    public const string Day = "Core.Field.Day";

    public const string LastDayBeforeFirst = "Core.Field.LastDayBeforeFirst";

    public const string PeriodEndsBeforeStart = "Core.Field.PeriodEndsBeforeStart";

    public const string PeriodTooLong = "Core.Field.PeriodTooLong";

    public const string Month = "Core.Field.Month";

    public const string MonthOutOfRange = "Core.Field.MonthOutOfRange";
}
