using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;

namespace ComplaintDesk.Tests.Integration;

/// <summary><c>POST /api/v1/complaints/{reference}/anonymise</c>: an administrator erases a complainant's personal data on request.</summary>
public sealed class AnonymisingAComplaintOnRequest(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task Answers_200_and_from_then_on_everyone_reads_Anonymised_with_no_contacts()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var admin = await DeskApi.SignInAsync(factory, "admin@demo.local");
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        var received = await handler.ReceiveAsync();
        var reference = received["reference"]!.GetValue<string>();

        var response = await admin.Http.PostAsJsonAsync($"/api/v1/complaints/{reference}/anonymise", new { reason = "The complainant asked for erasure by letter." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answered = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(reference, answered["reference"]!.GetValue<string>());
        Assert.Equal(received["version"]!.GetValue<int>() + 1, answered["version"]!.GetValue<int>());
        Assert.Equal($"\"{answered["version"]}\"", response.Headers.ETag!.Tag);
        foreach (var reader in new[] { handler, admin, quality })
        {
            var complainant = (await reader.GetAsync(reference))["complainant"]!;
            Assert.Equal("Anonymised", complainant["name"]!.GetValue<string>());
            Assert.Null(complainant["email"]);
            Assert.Null(complainant["phone"]);
        }

        var timeline = (await handler.GetAsync(reference))["timeline"]!.AsArray();
        var recorded = timeline[^1]!;
        Assert.Equal(("AnonymisePersonalData", "4.10", "admin@demo.local"), (recorded["kind"]!.GetValue<string>(), recorded["clause"]!.GetValue<string>(), recorded["actor"]!.GetValue<string>()));
        Assert.Equal("The complainant asked for erasure by letter.", recorded["text"]!.GetValue<string>());
        Assert.DoesNotContain(timeline, e => e!.ToJsonString().Contains("Ali Veli", StringComparison.Ordinal) || e.ToJsonString().Contains("ali@example.com", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("handler@demo.local")]
    [InlineData("supervisor@demo.local")]
    [InlineData("quality@demo.local")]
    public async Task Anyone_but_an_administrator_gets_403_and_nothing_changes(string email)
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        var caller = await DeskApi.SignInAsync(factory, email);

        var response = await caller.Http.PostAsJsonAsync($"/api/v1/complaints/{reference}/anonymise", new { reason = "Asked for it." });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Ali Veli", (await handler.GetAsync(reference))["complainant"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_reason_it_is_a_field_error_and_nothing_changes()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var admin = await DeskApi.SignInAsync(factory, "admin@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();

        var response = await admin.Http.PostAsJsonAsync($"/api/v1/complaints/{reference}/anonymise", new { reason = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await DeskApi.ProblemAsync(response))["errors"]!["reason"]);
        Assert.Equal("Ali Veli", (await handler.GetAsync(reference))["complainant"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_reference_is_404_and_a_second_request_409()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var admin = await DeskApi.SignInAsync(factory, "admin@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        var body = new { reason = "The complainant asked for erasure." };

        var unknown = await admin.Http.PostAsJsonAsync("/api/v1/complaints/CMP-2026-999999/anonymise", body);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.PostAsJsonAsync($"/api/v1/complaints/{reference}/anonymise", body)).StatusCode);
        var again = await admin.Http.PostAsJsonAsync($"/api/v1/complaints/{reference}/anonymise", body);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already anonymised", (await DeskApi.ProblemAsync(again))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_with_personal_data_shows_the_complaint_as_Anonymised_and_still_counts_it()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var admin = await DeskApi.SignInAsync(factory, "admin@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        await admin.Http.PostAsJsonAsync($"/api/v1/complaints/{reference}/anonymise", new { reason = "The complainant asked for erasure." });

        var export = await supervisor.Http.GetAsync("/api/v1/reports/monthly/2026-11/with-personal-data");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var workbook = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet("Complaints");
        var headers = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var row = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == reference);
        Assert.Equal(("Anonymised", "", ""), (row.Cell(headers["Complainant"]).GetString(), row.Cell(headers["E-mail"]).GetString(), row.Cell(headers["Phone"]).GetString()));
    }
}
