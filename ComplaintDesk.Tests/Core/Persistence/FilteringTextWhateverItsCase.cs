using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.People;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Persistence;

/// <summary>
/// The audit's and the people list's text filters find text typed in another case, every Turkish I among them, alike on
/// either engine.
/// </summary>
public class FilteringTextWhateverItsCase : IAsyncLifetime
{
    private static readonly Actor _supervisor = new("s1", "supervisor@demo.local", new HashSet<DeskRole> { DeskRole.Supervisor });
    private readonly CoreDesk _desk;

    public FilteringTextWhateverItsCase()
        : this(new SqliteDesk())
    {
    }

    protected FilteringTextWhateverItsCase(CoreDesk desk) => _desk = desk;

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task People_are_found_by_part_of_their_name_or_address_in_another_case()
    {
        await using (var db = _desk.NewContext())
        {
            db.Users.Add(new DeskUser { UserName = "zk@demo.local", Email = "zk@demo.local", NormalizedEmail = "ZK@DEMO.LOCAL", DisplayName = "Zeynep Kaya" });
            db.Users.Add(new DeskUser { UserName = "cd@demo.local", Email = "cd@demo.local", NormalizedEmail = "CD@DEMO.LOCAL", DisplayName = "Can Demir" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(["Zeynep Kaya"], await NamesFoundAsync("zEYNEP"));
        Assert.Equal(["Can Demir"], await NamesFoundAsync("Cd@Demo"));
    }

    [Theory]
    [InlineData("istanbul")]
    [InlineData("İstanbul")]
    [InlineData("ISTANBUL")]
    [InlineData("İSTANBUL")]
    public async Task People_are_found_by_every_spelling_of_a_Turkish_I(string typed)
    {
        await using (var db = _desk.NewContext())
        {
            db.Users.Add(new DeskUser { UserName = "ii@demo.local", Email = "ii@demo.local", NormalizedEmail = "II@DEMO.LOCAL", DisplayName = "İSTANBUL Şubesi ILIK" });
            db.Users.Add(new DeskUser { UserName = "ak@demo.local", Email = "ak@demo.local", NormalizedEmail = "AK@DEMO.LOCAL", DisplayName = "Ankara Şubesi Sıcak" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(["İSTANBUL Şubesi ILIK"], await NamesFoundAsync(typed));
        Assert.Equal(["İSTANBUL Şubesi ILIK"], await NamesFoundAsync("ılık"));
        Assert.Equal(["Ankara Şubesi Sıcak"], await NamesFoundAsync("SICAK"));
        Assert.Equal(2, (await NamesFoundAsync("şUBESİ")).Count);
    }

    [Fact]
    public async Task Access_records_are_found_by_part_of_the_user_in_another_case()
    {
        await _desk.Services.GetRequiredService<IPersonalDataLog>().RecordExportAsync("2026-12", _supervisor, CancellationToken.None);

        await using var db = _desk.NewContext();
        Assert.Equal(1, await AuditQueries.Access(db, Filter(user: "SUPERVISOR@Demo")).CountAsync());
    }

    [Fact]
    public async Task Timeline_events_are_found_by_part_of_the_reference_and_the_actor_in_another_case()
    {
        var complaint = await _desk.Workflow.ReceiveAsync(NewComplaints.ByEmail(), _desk.Handler, CancellationToken.None);

        await using var db = _desk.NewContext();
        Assert.NotEqual(0, await AuditQueries.Events(db, Filter(reference: complaint.Reference.ToLowerInvariant())).CountAsync());
        Assert.NotEqual(0, await AuditQueries.Events(db, Filter(user: _desk.Handler.Email.ToUpperInvariant())).CountAsync());
    }

    private static AuditFilter Filter(string? reference = null, string? user = null) => new(reference, user, null, null, 1, AuditFilter.DefaultPageSize);

    private async Task<List<string>> NamesFoundAsync(string text)
    {
        await using var db = _desk.NewContext();
        return [.. (await PeopleReader.ListAsync(db, new PeopleSearch(text), CancellationToken.None)).Items.Select(p => p.DisplayName)];
    }
}
