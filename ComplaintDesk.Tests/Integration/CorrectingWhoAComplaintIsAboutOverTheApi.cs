using System.Net;

namespace ComplaintDesk.Tests.Integration;

/// <summary><c>POST /api/v1/complaints/{reference}/correct-subject-staff</c> <c>{ subjectStaffEmail }</c>: who the complaint is about, as it should be.</summary>
public sealed class CorrectingWhoAComplaintIsAboutOverTheApi(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Names_then_clears_the_staff_member_and_refuses_what_is_no_e_mail_by_its_field()
    {
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await supervisor.ReceiveAsync())["reference"]!.GetValue<string>();

        var named = await supervisor.MoveAsync(reference, "correct-subject-staff", new { subjectStaffEmail = "handler2@demo.local" });
        var refused = await supervisor.ActAsync(reference, "correct-subject-staff", new { subjectStaffEmail = "handler2" });
        var cleared = await supervisor.MoveAsync(reference, "correct-subject-staff", new { subjectStaffEmail = (string?)null });

        Assert.Equal("handler2@demo.local", named["subjectStaffEmail"]!.GetValue<string>());
        Assert.Equal(("CorrectSubjectStaff", "4.6"), (named["timeline"]!.AsArray()[^1]!["kind"]!.GetValue<string>(), named["timeline"]!.AsArray()[^1]!["clause"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await DeskApi.ProblemAsync(refused))["errors"]!["subjectStaffEmail"]);
        Assert.Null(cleared["subjectStaffEmail"]);
    }
}
