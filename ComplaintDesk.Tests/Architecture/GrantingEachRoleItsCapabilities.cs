using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Tests.Architecture;

/// <summary>The capabilities table, read as a table: what each role may do, exactly as the desk behaved before it existed.</summary>
public sealed class GrantingEachRoleItsCapabilities
{
    [Theory]
    [InlineData(DeskRole.Handler,
        "ReceiveComplaints WorkComplaints DecideComplaints EscalateComplaints SeePersonalData ReadAlerts")]
    [InlineData(DeskRole.Supervisor,
        "ReceiveComplaints WorkComplaints DecideComplaints EscalateComplaints WorkAnyComplaint AssignToOthers "
        + "SeePersonalData ExportPersonalData ReadAlerts ReadMonitoring ReadReports")]
    [InlineData(DeskRole.QualityManager,
        "ReadAlerts ReadMonitoring ReadReports ReadAudit")]
    [InlineData(DeskRole.Administrator,
        "AnonymisePersonalData ReadMonitoring ReadReports ReadAudit AdministerPeople AdministerOrganisation ChangeSettings ManageJobs")]
    public void Each_role_holds_exactly_its_capabilities(DeskRole role, string capabilities)
    {
        var expected = capabilities.Split(' ').Select(Enum.Parse<DeskCapability>).Order();

        Assert.Equal(expected, DeskCapabilities.Of(role).Order());
    }

    [Fact]
    public void Every_capability_is_held_by_some_role()
    {
        Assert.All(Enum.GetValues<DeskCapability>(), capability => Assert.NotEmpty(DeskCapabilities.RolesWith(capability)));
    }

    [Fact]
    public void A_person_with_several_roles_holds_what_any_of_them_holds()
    {
        var both = new Actor("id-b", "both@demo.local", new HashSet<DeskRole> { DeskRole.Handler, DeskRole.Administrator });

        Assert.True(both.Has(DeskCapability.WorkComplaints));
        Assert.True(both.Has(DeskCapability.ManageJobs));
        Assert.False(both.Has(DeskCapability.AssignToOthers));
        Assert.False(Actor.Desk.Has(DeskCapability.WorkComplaints));
    }

    [Theory]
    [InlineData(0, "someone@demo.local", DeskRole.Handler, "")]
    [InlineData(0, null, DeskRole.Supervisor, "Supervisor")]
    [InlineData(1, "someone@demo.local", DeskRole.Supervisor, "Supervisor")]
    [InlineData(2, "someone@demo.local", DeskRole.QualityManager, "Supervisor QualityManager")]
    [InlineData(3, null, DeskRole.QualityManager, "Supervisor QualityManager")]
    public void Each_escalation_level_reaches_its_roles(int level, string? assignee, DeskRole target, string recipients)
    {
        Assert.Equal(target, DeskCapabilities.AlertTargetFor(level, assignee));
        Assert.Equal(recipients, string.Join(' ', DeskCapabilities.AlertRecipients(target)));
    }
}
