using System.Net.Http.Json;
using System.Text;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// Erasing a complainant's personal data and reading the audit (lists and CSV downloads) answer only what the
/// served API document lists, with bodies that validate against it.
/// </summary>
public sealed class KeepingTheAuditAndErasureToTheApiDocument(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Anonymising_answers_as_documented()
    {
        var admin = await PeopleApi.AdministratorAsync(factory);
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        var path = $"/api/v1/complaints/{reference}/anonymise";

        var answers = new[]
        {
            await admin.Http.PostAsJsonAsync(path, new { reason = "" }),
            await admin.Http.PostAsync(path, new StringContent("{}", Encoding.UTF8, "text/plain")),
            await handler.Http.PostAsJsonAsync(path, new { reason = "Asked by phone." }),
            await factory.CreateClient().PostAsJsonAsync(path, new { reason = "Asked by phone." }),
            await admin.Http.PostAsJsonAsync("/api/v1/complaints/CMP-1999-000001/anonymise", new { reason = "Asked by phone." }),
            await admin.Http.PostAsJsonAsync(path, new { reason = "Asked by letter." }),
            await admin.Http.PostAsJsonAsync(path, new { reason = "Asked again." }),
        };

        await ConformAllAsync(admin, answers);
        Assert.Equal([200, 400, 401, 403, 404, 409, 415], answers.Select(a => (int)a.StatusCode).Distinct().Order());
    }

    [Theory]
    [InlineData("/api/v1/audit/access")]
    [InlineData("/api/v1/audit/events")]
    [InlineData("/api/v1/audit/access.csv")]
    [InlineData("/api/v1/audit/events.csv")]
    public async Task The_audit_answers_as_documented(string route)
    {
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        var admin = await PeopleApi.AdministratorAsync(factory);
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        await handler.GetAsync(reference);
        (await admin.Http.PostAsJsonAsync($"/api/v1/complaints/{reference}/anonymise", new { reason = "Asked by letter." })).EnsureSuccessStatusCode();

        var answers = new[]
        {
            await quality.Http.GetAsync(route),
            await admin.Http.GetAsync($"{route}?reference={reference}&page=1&pageSize=5"),
            await quality.Http.GetAsync($"{route}?user=handler@demo.local&from=2020-01-01&to=2030-12-31"),
            await quality.Http.GetAsync($"{route}?from=yesterday"),
            await quality.Http.GetAsync($"{route}?page=abc"),
            await handler.Http.GetAsync(route),
            await factory.CreateClient().GetAsync(route),
        };

        await ConformAllAsync(quality, answers);
        Assert.Equal([200, 200, 200, 400, 400, 403, 401], answers.Select(a => (int)a.StatusCode));
    }

    private static async Task ConformAllAsync(DeskApi signedIn, params HttpResponseMessage[] answers)
    {
        foreach (var answer in answers)
        {
            await signedIn.ConformsAsync(answer);
        }
    }
}
