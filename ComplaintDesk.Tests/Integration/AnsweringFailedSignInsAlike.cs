using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>An unknown e-mail and a wrong password look the same from outside: same answer, same work.</summary>
public sealed class AnsweringFailedSignInsAlike(CountingHasherFactory factory) : IClassFixture<CountingHasherFactory>
{
    [Fact]
    public async Task An_unknown_email_gets_exactly_the_answer_a_wrong_password_gets()
    {
        var http = factory.CreateClient();

        var unknown = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@demo.local", password = "wrong-password" });
        var wrong = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "handler@demo.local", password = "wrong-password" });

        Assert.Equal(wrong.StatusCode, unknown.StatusCode);
        Assert.Equal(Without(await DeskApi.ProblemAsync(wrong), "traceId"), Without(await DeskApi.ProblemAsync(unknown), "traceId"));
    }

    [Fact]
    public async Task An_unknown_email_costs_the_same_password_check_as_a_wrong_password()
    {
        var http = factory.CreateClient();
        var hasher = factory.Hasher;

        var before = hasher.Checks;
        await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "supervisor@demo.local", password = "wrong-password" });
        var forWrongPassword = hasher.Checks - before;
        before = hasher.Checks;
        await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@demo.local", password = "wrong-password" });
        var forUnknownEmail = hasher.Checks - before;

        Assert.Equal(1, forWrongPassword);
        Assert.Equal(forWrongPassword, forUnknownEmail);
    }

    private static string Without(JsonObject problem, string key)
    {
        problem.Remove(key);
        return problem.ToJsonString();
    }
}
