using ComplaintDesk.Core.StatusPage;

namespace ComplaintDesk.Web.Api.StatusPage;

/// <summary>
/// A complaint as its complainant's status link shows it. <c>stage</c> is one of <c>received</c>, <c>acknowledged</c>,
/// <c>investigating</c>, <c>awaiting</c> (the desk awaits information from the complainant), <c>decided</c>, <c>closed</c>
/// and <c>withdrawn</c>. <c>decisionExpectedBy</c> is the respond clock's deadline while it runs (null once a decision was
/// communicated); <c>decision</c> is the communicated decision while it stands (null before it and after a rejection).
/// </summary>
public sealed record StatusResponse(
    string Reference,
    string Stage,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? DecisionExpectedBy,
    StatusDecisionResponse? Decision)
{
    public static StatusResponse From(StatusView view, string token) => new(
        view.Reference,
        WireName(view.Stage),
        view.ReceivedAt,
        view.AcknowledgedAt,
        view.DecisionExpectedBy,
        view.Decision is { } decision ? StatusDecisionResponse.From(decision, token) : null);

    /// <summary>The stage as the API writes it: its name in lower case.</summary>
    public static string WireName(StatusStage stage) => stage.ToString().ToLowerInvariant();
}
