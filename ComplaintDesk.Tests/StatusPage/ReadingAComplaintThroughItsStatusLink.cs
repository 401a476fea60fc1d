namespace ComplaintDesk.Tests.StatusPage;

/// <summary>
/// <c>GET /api/public/status/{token}</c> answers, without signing in, exactly
/// <c>{ reference, stage, receivedAt, acknowledgedAt, decisionExpectedBy, decision }</c>, times in UTC as API v1 writes them.
/// </summary>
public sealed class ReadingAComplaintThroughItsStatusLink(StatusPageApiFactory factory) : IClassFixture<StatusPageApiFactory>
{
    private const string UtcInstant = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$";
    private readonly Complainant _complainant = new(factory);

    [Fact]
    public async Task A_new_complaint_answers_the_six_fields_and_the_respond_clocks_deadline()
    {
        var (handler, reference, token) = await _complainant.ComplaintAsync("received");

        var status = await _complainant.StatusAsync(token);

        Assert.Equal(["reference", "stage", "receivedAt", "acknowledgedAt", "decisionExpectedBy", "decision"], status.Select(p => p.Key));
        Assert.Equal((reference, "received"), (status["reference"]!.GetValue<string>(), status["stage"]!.GetValue<string>()));
        Assert.Matches(UtcInstant, status["receivedAt"]!.GetValue<string>());
        Assert.Null(status["acknowledgedAt"]);
        Assert.Null(status["decision"]);
        var respond = (await handler.GetAsync(reference))["clocks"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == "Respond")!;
        Assert.Matches(UtcInstant, status["decisionExpectedBy"]!.GetValue<string>());
        Assert.Equal(respond["deadline"]!.GetValue<string>(), status["decisionExpectedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_communicated_decision_answers_its_text_and_remedies_and_no_expected_date()
    {
        var (_, _, token) = await _complainant.ComplaintAsync("decided");

        var status = await _complainant.StatusAsync(token);

        Assert.Equal("decided", status["stage"]!.GetValue<string>());
        Assert.Matches(UtcInstant, status["acknowledgedAt"]!.GetValue<string>());
        Assert.Null(status["decisionExpectedBy"]);
        var decision = status["decision"]!.AsObject();
        Assert.Equal("We apologise.", decision["text"]!.GetValue<string>());
        Assert.Equal(["Apology"], decision["remedies"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Matches(UtcInstant, decision["communicatedAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_complaint_awaiting_the_complainant_is_at_the_awaiting_stage()
    {
        var (_, _, token) = await _complainant.ComplaintAsync("awaiting");

        var status = await _complainant.StatusAsync(token);

        Assert.Equal("awaiting", status["stage"]!.GetValue<string>());
        Assert.Matches(UtcInstant, status["decisionExpectedBy"]!.GetValue<string>());
    }
}
