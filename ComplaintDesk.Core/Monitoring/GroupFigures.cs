namespace ComplaintDesk.Core.Monitoring;

/// <summary>One group of a breakdown; <see cref="Share"/> and <see cref="CumulativeShare"/> of received complaints make the Pareto.</summary>
public sealed record GroupFigures(string Key, PeriodFigures Figures, double Share, double CumulativeShare);
