using System.Net;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.StatusPage;

/// <summary>
/// ISO 10002 7.9 and 8.3: the complainant accepts the communicated decision, which closes the complaint as accepted, and
/// then says once how satisfied they are with its handling.
/// </summary>
public sealed class AcceptingTheDecisionThroughTheStatusLink(StatusPageApiFactory factory) : IClassFixture<StatusPageApiFactory>
{
    private readonly Complainant _complainant = new(factory);

    [Fact]
    public async Task Accepting_closes_the_complaint_as_accepted_by_the_complainant()
    {
        var (handler, reference, token) = await _complainant.ComplaintAsync("decided");

        var answer = await _complainant.PostAsync(token, "accept");

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        var closed = await handler.GetAsync(reference);
        Assert.Equal(("Closed", "Accepted"), (closed["status"]!.GetValue<string>(), closed["outcome"]!.GetValue<string>()));
        Assert.NotNull(closed["closedAt"]);
        var entry = closed["timeline"]!.AsArray()[^1]!;
        Assert.Equal(("Close", "complainant"), (entry["kind"]!.GetValue<string>(), entry["actor"]!.GetValue<string>()));
        var status = await _complainant.StatusAsync(token);
        Assert.Equal("closed", status["stage"]!.GetValue<string>());
        Assert.Equal("We apologise.", status["decision"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task After_accepting_the_complainant_rates_the_handling_once()
    {
        var (handler, reference, token) = await _complainant.ComplaintAsync("decided");
        Assert.Equal(HttpStatusCode.Conflict, (await _complainant.PostAsync(token, "satisfaction", new { satisfaction = 4 })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _complainant.PostAsync(token, "accept")).StatusCode);

        var missing = await _complainant.PostAsync(token, "satisfaction", new { comment = "Fine." });
        var rated = await _complainant.PostAsync(token, "satisfaction", new { satisfaction = 4, comment = "Fair in the end." });
        var again = await _complainant.PostAsync(token, "satisfaction", new { satisfaction = 1 });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NoContent, HttpStatusCode.Conflict), (missing.StatusCode, rated.StatusCode, again.StatusCode));
        Assert.NotNull((await DeskApi.ProblemAsync(missing))["errors"]!["satisfaction"]);
        var closed = await handler.GetAsync(reference);
        Assert.Equal((4, "Fair in the end."), (closed["satisfaction"]!.GetValue<int>(), closed["satisfactionComment"]!.GetValue<string>()));
        var entry = closed["timeline"]!.AsArray()[^1]!;
        Assert.Equal(("RecordSatisfaction", "complainant", "8.3"), (entry["kind"]!.GetValue<string>(), entry["actor"]!.GetValue<string>(), entry["clause"]!.GetValue<string>()));
    }
}
