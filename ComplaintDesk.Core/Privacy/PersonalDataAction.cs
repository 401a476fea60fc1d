namespace ComplaintDesk.Core.Privacy;

/// <summary>What a person did with a complainant's personal data (ISO 10002 4.10, Annex D.4).</summary>
public enum PersonalDataAction
{
    /// <summary>Shown on the complaint page or in the API's answer.</summary>
    View,

    /// <summary>Taken away in the monthly workbook with personal data.</summary>
    Export,

    /// <summary>Erased: the complainant's name, e-mail and phone replaced for good.</summary>
    Anonymise,

    /// <summary>A file the complainant sent, taken from the complaint.</summary>
    Download,
}
