using System.Net.Http.Json;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Localization;

/// <summary>The access records' CSV words each record's detail in the caller's Accept-Language; its columns stay as they are.</summary>
public sealed class DownloadingAccessRecordsInTheCallersLanguage(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Theory]
    [InlineData("tr-TR", "Silme talebi")]
    [InlineData("en", "Erasure request")]
    public async Task An_erasure_on_request(string language, string detail)
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var admin = await DeskApi.SignInAsync(factory, "admin@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        (await admin.Http.PostAsJsonAsync($"/api/v1/complaints/{reference}/anonymise", new { reason = "The complainant asked for erasure." })).EnsureSuccessStatusCode();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/audit/access.csv?reference={reference}");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await admin.Http.SendAsync(request);

        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("at,user,role,reference,action,detail", lines[0]);
        Assert.EndsWith($",Administrator,{reference},anonymise,{detail}", Assert.Single(lines, l => l.Contains(",anonymise,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
