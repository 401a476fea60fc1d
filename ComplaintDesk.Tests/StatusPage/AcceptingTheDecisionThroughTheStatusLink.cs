using System.Net;

namespace ComplaintDesk.Tests.StatusPage;

/// <summary>ISO 10002 7.9: the complainant accepts the communicated decision, which closes the complaint as accepted.</summary>
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
}
