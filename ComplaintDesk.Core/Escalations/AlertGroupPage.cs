namespace ComplaintDesk.Core.Escalations;

/// <summary>One page of alert groups, most urgent first; <see cref="Total"/> counts every group the filter keeps.</summary>
public sealed record AlertGroupPage(IReadOnlyList<AlertGroup> Groups, int Total, AlertTriageSummary Summary);
