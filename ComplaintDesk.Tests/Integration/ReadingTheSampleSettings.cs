using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Sla;
using Microsoft.Extensions.Configuration;

namespace ComplaintDesk.Tests.Integration;

public sealed class ReadingTheSampleSettings
{
    private static IConfiguration Sample()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "appsettings.sample.json")))
        {
            folder = folder.Parent;
        }

        return new ConfigurationBuilder().AddJsonFile(Path.Combine(folder!.FullName, "appsettings.sample.json")).Build();
    }

    [Fact]
    public void The_documented_calendar_and_SLA_policies_are_complete_and_valid()
    {
        var configuration = Sample();
        var calendar = configuration.GetSection(CalendarOptions.Section).Get<CalendarOptions>()!;
        var sla = configuration.GetSection(SlaOptions.Section).Get<SlaOptions>()!;

        Assert.Equal(5, calendar.WorkingDays.Count);
        Assert.True(calendar.End > calendar.Start);
        Assert.False(SlaSettingsRules.Check(calendar, sla, DefaultCategories.Names).Any);
        Assert.Equal(TimeSpan.FromHours(45), sla.Policies[Priority.Medium].Respond);
        Assert.True(sla.Policies[Priority.Critical].AroundTheClock);
        Assert.Equal(TimeSpan.FromHours(9), sla.CategoryPolicies["Billing"][Priority.High].Respond);
    }

    [Fact]
    public void Documents_every_fixed_settings_key()
    {
        var configuration = Sample();

        foreach (var key in new[]
        {
            "ConnectionStrings:Desk", "Desk:Database:Provider", "Desk:TimeZone", "Desk:DemoData", "Desk:Bootstrap:AdminEmail", "Desk:Bootstrap:AdminPassword",
            "Desk:Escalation:UnhandledAfter", "Desk:Escalation:ReminderInterval", "Desk:Reports:Folder",
            "Desk:Sessions:IdleTimeout", "Desk:Sessions:AbsoluteTimeout", "Desk:SignIn:FailuresPerMinute",
            "Desk:Proxy:KnownProxies:0", "Desk:Retention:AnonymiseClosedAfterDays", "ConnectionStrings:Redis", "Desk:Redis:ChannelPrefix",
            "Desk:Proxy:AffinityCookie", "Desk:Cultures:0", "Desk:DefaultCulture",
            "Desk:PublicBaseUrl", "Desk:Mail:From", "Desk:Mail:PickupDirectory", "Desk:Mail:Smtp:Host", "Desk:Mail:Smtp:Port",
            "Desk:Mail:Smtp:UserName", "Desk:Mail:Smtp:Password", "Desk:Mail:Smtp:UseTls", "Desk:Mail:InboundDirectory",
            "Desk:Mail:Imap:Host", "Desk:Mail:Imap:Port", "Desk:Mail:Imap:UserName", "Desk:Mail:Imap:Password",
            "Desk:Mail:Imap:UseTls", "Desk:Mail:Imap:Folder",
        })
        {
            Assert.NotNull(configuration[key]);
        }
    }
}
