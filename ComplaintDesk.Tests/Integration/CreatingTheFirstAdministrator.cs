using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Tests.Integration;

/// <summary>The <c>create-admin</c> command, run in-process on a temp SQLite file with a fake standard input.</summary>
public sealed class CreatingTheFirstAdministrator : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "complaintdesk-tests", $"{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Fact]
    public async Task Migrates_a_new_database_and_creates_an_active_administrator_with_the_piped_password()
    {
        var (code, output, _) = await RunAsync("Boss@Example.com", "Str0ng!Passw0rd\n");

        Assert.Equal(0, code);
        Assert.Contains("Created the administrator boss@example.com", output, StringComparison.Ordinal);
        await using var db = Database();
        var user = await db.Users.SingleAsync();
        Assert.True(user.IsActive);
        Assert.False(user.MustChangePassword);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<DeskUser>().VerifyHashedPassword(user, user.PasswordHash!, "Str0ng!Passw0rd"));
        var role = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).SingleAsync();
        Assert.Equal(nameof(DeskRole.Administrator), role);
        Assert.Contains(await db.AuditEvents.ToListAsync(), e => e.Area == "People" && e.ActorEmail == "command line");
    }

    [Fact]
    public async Task Refuses_a_weak_password_with_a_non_zero_exit_and_creates_nobody()
    {
        var (code, _, error) = await RunAsync("boss@example.com", "short\n");

        Assert.NotEqual(0, code);
        Assert.Contains("password:", error, StringComparison.Ordinal);
        await using var db = Database();
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public async Task Refuses_an_e_mail_that_already_has_an_account()
    {
        await RunAsync("boss@example.com", "Str0ng!Passw0rd\n");

        var (code, _, error) = await RunAsync("BOSS@example.com", "An0ther!Passw0rd\n");

        Assert.NotEqual(0, code);
        Assert.Contains("already has an account", error, StringComparison.Ordinal);
        await using var db = Database();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Says_how_it_is_used_when_the_e_mail_is_missing()
    {
        var error = new StringWriter();

        var code = await CreateAdminCommand.RunAsync([], new StringReader(""), new StringWriter(), error);

        Assert.Equal(2, code);
        Assert.Contains(CreateAdminCommand.Usage, error.ToString(), StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(string email, string stdin)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await CreateAdminCommand.RunAsync(
            [email, $"--ConnectionStrings:Desk=Data Source={_path}"], new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    private DeskDbContext Database() =>
        new(new DbContextOptionsBuilder<DeskDbContext>().UseSqlite($"Data Source={_path}").Options);
}
