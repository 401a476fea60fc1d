using System.Net;
using System.Net.Http.Json;

namespace ComplaintDesk.Tests.Integration;

public sealed class ChangingYourOwnPassword(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Answers_204_and_only_the_new_password_signs_in_afterwards()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        await PeopleApi.CreatedAsync(admin, "changer@example.com", "Handler");
        var person = await PeopleApi.SignedInAsync(factory, "changer@example.com", PeopleApi.NewPassword);

        var response = await person.Http.PostAsJsonAsync("/api/v1/auth/change-password", new { currentPassword = PeopleApi.NewPassword, newPassword = "Mine!Own2026" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PeopleApi.SignInAsync(factory, "changer@example.com", PeopleApi.NewPassword)).StatusCode);
        await PeopleApi.SignedInAsync(factory, "changer@example.com", "Mine!Own2026");
        Assert.Contains(await PeopleApi.PeopleAuditAsync(factory), e => e.Summary == "People: changer@example.com changed their own password" && e.ActorEmail == "changer@example.com");
    }

    [Fact]
    public async Task A_wrong_current_password_and_a_weak_new_one_are_field_errors_and_nothing_changes()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        await PeopleApi.CreatedAsync(admin, "careful@example.com", "Supervisor");
        var person = await PeopleApi.SignedInAsync(factory, "careful@example.com", PeopleApi.NewPassword);

        var wrong = await person.Http.PostAsJsonAsync("/api/v1/auth/change-password", new { currentPassword = "Not!Mine123", newPassword = "Mine!Own2026" });
        var weak = await person.Http.PostAsJsonAsync("/api/v1/auth/change-password", new { currentPassword = PeopleApi.NewPassword, newPassword = "abc" });

        Assert.Equal(["currentPassword"], await PeopleApi.FieldsAsync(wrong));
        Assert.Equal(["newPassword"], await PeopleApi.FieldsAsync(weak));
        await PeopleApi.SignedInAsync(factory, "careful@example.com", PeopleApi.NewPassword);
    }

    [Fact]
    public async Task Needs_a_signed_in_caller()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/change-password", new { currentPassword = "a", newPassword = "b" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
