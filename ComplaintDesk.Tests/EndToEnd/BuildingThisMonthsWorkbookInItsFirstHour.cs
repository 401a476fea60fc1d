namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// Half an hour into December in Istanbul it is still November in UTC: monitoring, the report run and the workbook all
/// name the desk's month, and count the complaint received in it.
/// </summary>
public sealed class BuildingThisMonthsWorkbookInItsFirstHour(DeskBrowserInAMonthsFirstHour desk)
    : BuildingThisMonthsWorkbook(desk), IClassFixture<DeskBrowserInAMonthsFirstHour>;
