namespace ComplaintDesk.Web.Localization;

/// <summary>MudBlazor's own words (pager, pickers, dialogs) under MudBlazor's keys, for <see cref="DeskMudLocalizer"/>.</summary>
public sealed class MudBlazorText;
