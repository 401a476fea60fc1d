namespace ComplaintDesk.Core.Complaints.Queries;

public sealed record Page<T>(IReadOnlyList<T> Items, int Total);
