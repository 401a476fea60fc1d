using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Demo;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Hosting;

/// <summary>Makes sure the roles exist, then seeds the demo desk or the first administrator.</summary>
public sealed partial class DeskSeeder(
    RoleManager<IdentityRole> roles,
    UserManager<DeskUser> users,
    IDbContextFactory<DeskDbContext> dbFactory,
    IOptions<DeskOptions> desk,
    IOptions<BootstrapOptions> bootstrap,
    IOptions<DeskCultureOptions> cultures,
    DeskTimeZone timeZone,
    StoredSlaSettings sla,
    TimeProvider time,
    ILogger<DeskSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Enum.GetNames<DeskRole>())
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }

        if (desk.Value.DemoData)
        {
            await SeedDemoAsync(cancellationToken);
        }
        else
        {
            await SeedFirstAdministratorAsync();
        }
    }

    private async Task SeedDemoAsync(CancellationToken cancellationToken)
    {
        if (users.Users.Any())
        {
            return;
        }

        foreach (var (email, name, role) in DemoUsers.All)
        {
            await CreateUserAsync(email, name, DemoUsers.Password, role);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // The demo speaks the desk's default language, as a newcomer's desk would.
        var content = DemoContent.For(CultureInfo.GetCultureInfo(cultures.Value.DefaultCulture));
        await DemoTeam.SeedAsync(db, content, sla, cancellationToken);
        var count = await DemoComplaints.SeedAsync(db, content, time.GetUtcNow(), timeZone, sla, cancellationToken);
        LogDemoSeeded(logger, DemoUsers.All.Count, count);
    }

    private async Task SeedFirstAdministratorAsync()
    {
        if ((await users.GetUsersInRoleAsync(nameof(DeskRole.Administrator))).Count > 0)
        {
            return;
        }

        var (email, password) = (bootstrap.Value.AdminEmail, bootstrap.Value.AdminPassword);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            LogNoAdministrator(logger);
            return;
        }

        await CreateUserAsync(email, "Administrator", password, DeskRole.Administrator);
        LogAdministratorCreated(logger);
    }

    private async Task CreateUserAsync(string email, string name, string password, DeskRole role)
    {
        var user = new DeskUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        Check(await users.CreateAsync(user, password), email);
        Check(await users.AddToRoleAsync(user, role.ToString()), email);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {UserCount} demo users and {ComplaintCount} demo complaints.")]
    private static partial void LogDemoSeeded(ILogger logger, int userCount, int complaintCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No administrator exists, so nobody can manage the desk. Create the first one on the server with: " + CreateAdminCommand.Usage + " (it reads the password from standard input), or set Desk:Bootstrap:AdminEmail and Desk:Bootstrap:AdminPassword.")]
    private static partial void LogNoAdministrator(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first administrator from the Desk:Bootstrap settings.")]
    private static partial void LogAdministratorCreated(ILogger logger);
}
