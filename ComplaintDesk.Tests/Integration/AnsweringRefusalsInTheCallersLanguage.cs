using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// Core's refusals reach an API caller in the language of its Accept-Language: the detail of a refused move and each
/// field's errors, as well as the title; English stays word for word what the API always answered.
/// </summary>
public sealed class AnsweringRefusalsInTheCallersLanguage(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Theory]
    [InlineData("tr-TR", "Şu anda mümkün değil", "Şikâyet şu an bu durumda: alındı, henüz alındı bildirimi yapılmadı. Bu durumdayken şu yapılamaz: kapatma. Bu yalnızca şu durumlarda olur: şikâyetçinin karara yanıtı bekleniyor.")]
    [InlineData("en", "Not possible now", "You can't close this complaint while it is received and not yet acknowledged. That is possible only when it is waiting for the complainant's reply to the decision.")]
    public async Task A_refused_move(string acceptLanguage, string title, string detail)
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();

        var problem = await SendAsync(api, acceptLanguage, $"/api/v1/complaints/{reference}/close", new { outcome = "Accepted" });

        Assert.Equal(HttpStatusCode.Conflict, problem.Status);
        Assert.Equal((title, detail), (problem.Body["title"]!.GetValue<string>(), problem.Body["detail"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("tr-TR", "Bazı bilgiler eksik veya geçersiz.", "Şikâyeti anlatın.", "'Fax' şunlardan biri değil: ")]
    [InlineData("en", "Some details are missing or not valid.", "Describe the complaint.", "'Fax' is not one of: ")]
    public async Task Field_errors(string acceptLanguage, string title, string description, string channel)
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var body = JsonSerializer.SerializeToNode(DeskApi.NewComplaintBody(description: ""))!.AsObject();
        body["channel"] = "Fax";

        var problem = await SendAsync(api, acceptLanguage, "/api/v1/complaints", body);

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal(title, problem.Body["title"]!.GetValue<string>());
        Assert.Equal(description, Assert.Single(problem.Body["errors"]!["description"]!.AsArray())!.GetValue<string>());
        Assert.StartsWith(channel, Assert.Single(problem.Body["errors"]!["channel"]!.AsArray())!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> SendAsync(DeskApi api, string acceptLanguage, string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        var response = await api.Http.SendAsync(request);
        return (response.StatusCode, await DeskApi.ProblemAsync(response));
    }
}
