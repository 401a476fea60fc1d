using ComplaintDesk.Core;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.People;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Hosting;

/// <summary>
/// <c>create-admin &lt;e-mail&gt;</c>: creates an active administrator on the server, the password read from
/// standard input, and exits without starting the web server. How a desk without demo data gets its first person.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";

    public const string Usage = "dotnet run --project ComplaintDesk.Web -- create-admin <e-mail>";

    /// <summary>Runs the command; <paramref name="args"/> are what follows its name (the e-mail, then any settings).</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args is not [var email, ..] || email.StartsWith('-'))
        {
            await error.WriteLineAsync($"Usage: {Usage}   (the password is read from standard input)");
            return 2;
        }

        var builder = WebApplication.CreateBuilder(args[1..]);
        builder.Logging.ClearProviders();
        builder.Services.AddComplaintDeskCore(builder.Configuration);
        builder.AddDeskDatabase();
        builder.Services.AddDeskAuthentication();
        builder.Services.AddLocalization();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContextAsync())
        {
            await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);
        }

        await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var password = await ConsolePassword.ReadAsync(input, error, email);
        var text = app.Services.GetRequiredService<IStringLocalizer<DeskText>>();
        try
        {
            var person = new NewPerson(email, "Administrator", [nameof(DeskRole.Administrator)], password);
            var created = await app.Services.GetRequiredService<IPeopleDesk>().CreateAsync(person, PeopleDesk.CommandLine, CancellationToken.None);
            await output.WriteLineAsync($"Created the administrator {created.Email}. Sign in with this e-mail and the password you typed.");
            return 0;
        }
        catch (InvalidInputException invalid)
        {
            await error.WriteLineAsync("No administrator was created:");
            foreach (var (field, messages) in invalid.Errors)
            {
                await error.WriteLineAsync($"  {field}: {string.Join(" ", messages.Select(text.Word))}");
            }

            return 1;
        }
        catch (MoveRefusedException refused)
        {
            await error.WriteLineAsync($"No administrator was created: {text.Word(refused.Text)}");
            return 1;
        }
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Enum.GetNames<DeskRole>())
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
