namespace ComplaintDesk.Core.Monitoring;

/// <summary>
/// The figures of clause 8 and Annex I for a set of complaints. Received, on-time rates and times
/// count complaints received in the period; closed, withdrawn and satisfaction those finished in it;
/// escalations and reopenings those that happened in it; open at end those open when it ended.
/// </summary>
public sealed record PeriodFigures(
    int Received,
    int Closed,
    int Withdrawn,
    int OpenAtEnd,
    IReadOnlyList<ClockFigures> Clocks,
    int Escalations,
    int Reopened,
    double? SatisfactionMean,
    double? SatisfactionResponseRate);
