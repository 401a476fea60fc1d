using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Core.Reports.Runs;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Reports.Runs;

/// <summary>The monthly report runs on an empty desk whose clock shows 00:30 on 1 January 2027 in Istanbul (21:30 UTC on 31 December).</summary>
public sealed class KeepingMonthlyWorkbooks : IAsyncLifetime
{
    private static readonly Actor _quality = new("q1", "quality@demo.local", new HashSet<DeskRole> { DeskRole.QualityManager });
    private static readonly Actor _supervisor = new("s1", "supervisor@demo.local", new HashSet<DeskRole> { DeskRole.Supervisor });
    private readonly SqliteDesk _desk = new();

    private MonthlyReports Reports => _desk.Services.GetRequiredService<MonthlyReports>();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    private string[] FilesInFolder() => Directory.Exists(_desk.ReportsFolder)
        ? [.. Directory.EnumerateFiles(_desk.ReportsFolder).Select(Path.GetFileName).Order()!]
        : [];

    [Fact]
    public async Task The_schedule_builds_the_month_before_today_in_the_desks_time_zone()
    {
        var run = await Reports.BuildPreviousMonthAsync(CancellationToken.None);

        // In UTC it is still 31 December, whose previous month is November; in Istanbul it is January.
        Assert.Equal("2026-12", run.Month);
        Assert.Equal(MonthlyReportRun.Schedule, run.RequestedBy);
        Assert.True(run.Succeeded);
        Assert.Equal(["complaints-2026-12.xlsx"], FilesInFolder());
        Assert.Equal(run.Id, Assert.Single(_desk.Notifier.Reports).Id);
    }

    [Fact]
    public async Task Building_a_month_again_replaces_its_workbook_and_keeps_every_run()
    {
        var first = await Reports.BuildAsync("2026-12", _quality, CancellationToken.None);
        _desk.Time.Advance(TimeSpan.FromMinutes(5));

        var second = await Reports.BuildAsync("2026-12", _quality, CancellationToken.None);

        var month = Assert.Single(await Reports.ListAsync(_quality, CancellationToken.None));
        Assert.Equal((2, second.Id, second.Id), (month.Runs, month.Workbook!.Id, month.Latest.Id));
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(["complaints-2026-12.xlsx"], FilesInFolder());
        await using var file = (await Reports.OpenAsync("2026-12", _quality, CancellationToken.None))!.Content;
        Assert.Equal(second.Bytes, file.Length);
    }

    [Fact]
    public async Task A_run_that_fails_before_its_file_is_complete_lists_no_workbook_and_leaves_no_half_file()
    {
        // The finished file cannot take its name: the run fails after writing, as a crash at the last moment would.
        Directory.CreateDirectory(Path.Combine(_desk.ReportsFolder, "complaints-2026-11.xlsx"));

        await Assert.ThrowsAsync<IOException>(() => Reports.BuildAsync("2026-11", _quality, CancellationToken.None));

        var month = Assert.Single(await Reports.ListAsync(_quality, CancellationToken.None));
        Assert.Null(month.Workbook);
        Assert.False(month.Latest.Succeeded);
        Assert.False(month.Latest.Building);
        Assert.Contains("IOException", month.Latest.Failure, StringComparison.Ordinal);
        Assert.Null(await Reports.OpenAsync("2026-11", _quality, CancellationToken.None));
        Assert.DoesNotContain(FilesInFolder(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_crash_the_restart_removes_temporary_files_and_closes_the_unfinished_run()
    {
        Directory.CreateDirectory(_desk.ReportsFolder);
        await File.WriteAllTextAsync(Path.Combine(_desk.ReportsFolder, ".complaints-2026-10.xlsx.abc.tmp"), "half a workbook");
        await using (var db = _desk.NewContext())
        {
            db.MonthlyReportRuns.Add(new MonthlyReportRun("2026-10", "schedule", _desk.Time.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        await Reports.RecoverAsync(CancellationToken.None);

        Assert.Empty(FilesInFolder());
        var month = Assert.Single(await Reports.ListAsync(_quality, CancellationToken.None));
        Assert.Null(month.Workbook);
        Assert.Contains("Interrupted", month.Latest.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_with_personal_data_is_for_supervisors_and_is_recorded_in_the_access_records()
    {
        await Assert.ThrowsAsync<NotPermittedException>(
            () => Reports.WriteWithPersonalDataAsync("2026-12", _quality, Stream.Null, CancellationToken.None));

        await Reports.WriteWithPersonalDataAsync("2026-12", _supervisor, Stream.Null, CancellationToken.None);

        await using var db = _desk.NewContext();
        var recorded = Assert.Single(await db.PersonalDataAccesses.ToListAsync());
        Assert.Equal(
            ("supervisor@demo.local", "Supervisor", PersonalDataAction.Export, null, DeskMessage.Of(PrivacyKeys.MonthlyWorkbook, "2026-12"), _desk.Time.GetUtcNow()),
            (recorded.UserEmail, recorded.Role, recorded.Action, recorded.Reference, StoredMessage.Read(recorded.Message!), recorded.At));
    }

    [Fact]
    public async Task An_export_that_fails_while_writing_records_nothing()
    {
        await using var broken = new RefusingStream();

        await Assert.ThrowsAsync<IOException>(
            () => Reports.WriteWithPersonalDataAsync("2026-12", _supervisor, broken, CancellationToken.None));

        await using var db = _desk.NewContext();
        Assert.Empty(await db.PersonalDataAccesses.ToListAsync());
    }

    [Theory]
    [InlineData("2027-13")]
    [InlineData("27-01")]
    [InlineData("")]
    public async Task A_month_not_written_as_yyyy_MM_is_refused(string month)
    {
        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => Reports.BuildAsync(month, _quality, CancellationToken.None));

        Assert.Equal(["month"], refusal.Errors.Keys);
    }
}
