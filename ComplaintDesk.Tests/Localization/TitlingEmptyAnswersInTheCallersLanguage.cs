using System.Net;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Localization;

/// <summary>
/// An API answer the framework leaves empty (not signed in, no such address, a method the address does not take) and a
/// month without a workbook carry a title in the caller's Accept-Language; English stays word for word as before.
/// </summary>
public sealed class TitlingEmptyAnswersInTheCallersLanguage(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Theory]
    [InlineData("tr-TR", "Oturum açılmamış", "Bulunamadı", "Bu yöntem burada kullanılamaz")]
    [InlineData("en", "Unauthorized", "Not Found", "Method Not Allowed")]
    public async Task The_frameworks_own_answers(string language, string unauthorized, string notFound, string methodNotAllowed)
    {
        var anonymous = factory.CreateClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        handler.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var titles = new[]
        {
            await TitleAsync(await anonymous.GetAsync("/api/v1/complaints"), HttpStatusCode.Unauthorized),
            await TitleAsync(await handler.Http.GetAsync("/api/v1/no-such-route"), HttpStatusCode.NotFound),
            await TitleAsync(await handler.Http.DeleteAsync("/api/v1/complaints"), HttpStatusCode.MethodNotAllowed),
        };

        Assert.Equal([unauthorized, notFound, methodNotAllowed], titles);
    }

    [Theory]
    [InlineData("tr-TR", "Bulunamadı", "2026-01 için henüz bir çalışma kitabı yok.")]
    [InlineData("en", "Not found", "There is no workbook for 2026-01 yet.")]
    public async Task A_month_without_a_workbook(string language, string title, string detail)
    {
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        quality.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await quality.Http.GetAsync("/api/v1/reports/monthly/2026-01");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await DeskApi.ProblemAsync(response);
        Assert.Equal((title, detail), (problem["title"]!.GetValue<string>(), problem["detail"]!.GetValue<string>()));
    }

    private static async Task<string> TitleAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return (await DeskApi.ProblemAsync(response))["title"]!.GetValue<string>();
    }
}
