using System.Text.RegularExpressions;

namespace ComplaintDesk.Tests.Architecture;

/// <summary>
/// Who may do what is declared once, in the capabilities table: anywhere else in Core and Web a role named
/// in code is a second place deciding it. The few files allowed to name roles are listed with their reason.
/// </summary>
public sealed partial class NamingRolesInOnePlace
{
    private static readonly string[] _projects = ["ComplaintDesk.Core", "ComplaintDesk.Web"];

    private static readonly Dictionary<string, string> _allowed = new()
    {
        ["ComplaintDesk.Core/Access/DeskCapabilities.cs"] = "the capabilities table itself",
        ["ComplaintDesk.Core/Demo/DemoUsers.cs"] = "the demo people and the role each has",
        ["ComplaintDesk.Web/Hosting/DeskSeeder.cs"] = "seeds the first administrator of an empty desk",
        ["ComplaintDesk.Web/Hosting/CreateAdminCommand.cs"] = "the create-admin command makes an administrator",
    };

    [Fact]
    public void No_file_of_Core_or_Web_names_a_role_outside_the_allowed_ones()
    {
        var offenders = SourceFiles()
            .Where(file => !_allowed.ContainsKey(file.Path))
            .SelectMany(file => RoleNamings(file.Text).Select(naming => $"{file.Path}: {naming}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_allowed_file_still_names_a_role_or_it_leaves_the_list()
    {
        var files = SourceFiles().ToDictionary(file => file.Path, file => file.Text);

        Assert.All(_allowed.Keys, path => Assert.NotEmpty(RoleNamings(files[path])));
    }

    [Theory]
    [InlineData("if (actor.Roles.Contains(DeskRole.Supervisor))")]
    [InlineData("[nameof(DeskRole.Administrator)]")]
    [InlineData("@attribute [Authorize(Roles = \"Administrator\")]")]
    [InlineData("<AuthorizeView Roles=\"Handler,Supervisor\">")]
    [InlineData("policy.RequireRole(\"QualityManager\")")]
    [InlineData("user.IsInRole(\"Handler\")")]
    public void Recognises_a_role_named_in_code(string line)
    {
        Assert.NotEmpty(RoleNamings(line));
    }

    [Theory]
    [InlineData("@attribute [Authorize(Policy = nameof(DeskCapability.ReadMonitoring))]")]
    [InlineData("actor.Has(DeskCapability.WorkComplaints)")]
    [InlineData("(\"By handler\", \"Handler\", MonitoringDimension.Handler)")]
    [InlineData("<RoleChoice @bind-Roles=\"_roles\" />")]
    public void Leaves_capabilities_and_words_alone(string line)
    {
        Assert.Empty(RoleNamings(line));
    }

    private static IEnumerable<string> RoleNamings(string text) => RoleNaming().Matches(text).Select(match => match.Value);

    private static IEnumerable<(string Path, string Text)> SourceFiles()
    {
        var root = RepositoryRoot();
        return _projects
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(root, project), "*.*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal)
                && !path.Contains("/Migrations/", StringComparison.Ordinal))
            .Select(path => (path, File.ReadAllText(Path.Combine(root, path))));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ComplaintDesk.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }

    // A role member in code, a role list in an [Authorize] or <AuthorizeView>, or a role name handed to Identity's role checks.
    [GeneratedRegex("""\bDeskRole\.(Handler|Supervisor|QualityManager|Administrator)\b|(?<!-)\bRoles\s*=\s*"|\b(RequireRole|IsInRole|GetUsersInRoleAsync|AddToRoleAsync)\(\s*"[^"]*\b(Handler|Supervisor|QualityManager|Administrator)\b""")]
    private static partial Regex RoleNaming();
}
