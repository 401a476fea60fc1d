namespace ComplaintDesk.Web.Localization;

/// <summary>The words of the desk's screens: <c>DeskText.resx</c> (English, the neutral language) and one file per other language.</summary>
public sealed class DeskText;
