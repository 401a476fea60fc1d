using System.Net;
using System.Net.Http.Json;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Each test has a desk of its own, so failures of one never reach another's client-address limit.</summary>
public sealed class LockingAnAccount
{
    [Fact]
    public async Task Nine_wrong_passwords_in_a_row_leave_the_account_open()
    {
        await using var factory = new DeskApiFactory();
        var http = factory.CreateClient();
        for (var attempt = 0; attempt < 9; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(http, "handler2@demo.local", "wrong-password")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(http, "handler2@demo.local", DeskApi.Password)).StatusCode);
    }

    [Fact]
    public async Task The_tenth_wrong_password_in_a_row_locks_it_even_against_the_right_one()
    {
        await using var factory = new DeskApiFactory();
        var http = factory.CreateClient();
        for (var attempt = 0; attempt < 9; attempt++)
        {
            await SignInAsync(http, "quality@demo.local", "wrong-password");
        }

        var tenth = await SignInAsync(http, "quality@demo.local", "wrong-password");
        var right = await SignInAsync(http, "quality@demo.local", DeskApi.Password);

        Assert.Contains("locked", (await DeskApi.ProblemAsync(tenth))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("15 minutes", (await DeskApi.ProblemAsync(right))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient http, string email, string password) =>
        http.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
}
