using Bunit;

namespace ComplaintDesk.Tests.Components;

/// <summary>A complaint about a staff member names them as the rest of the desk does: by name, the address on hover.</summary>
public sealed class NamingTheStaffMemberAComplaintIsAbout : ComplaintPageContext
{
    [Fact]
    public void The_complainant_panel_names_the_staff_member_it_is_never_assigned_to()
    {
        SignInAs(DeskPerson.Supervisor);

        var page = Open(new ComplaintDetailsBuilder().About(DeskPerson.Handler2.Email).Build());

        var subject = page.Find("#subject-staff");
        Assert.Equal($"{DeskPerson.Handler2.DisplayName} — never assigned to them (objectivity).", subject.TextContent.Trim());
        Assert.Equal(DeskPerson.Handler2.Email, subject.GetAttribute("title"));
    }

    [Fact]
    public void An_address_the_desk_does_not_know_is_shown_as_it_was_given()
    {
        SignInAs(DeskPerson.Supervisor);

        var page = Open(new ComplaintDetailsBuilder().About("former.cashier@example.com").Build());

        Assert.StartsWith("former.cashier@example.com — ", page.Find("#subject-staff").TextContent.Trim(), StringComparison.Ordinal);
    }
}
