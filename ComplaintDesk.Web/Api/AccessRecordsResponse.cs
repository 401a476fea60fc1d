namespace ComplaintDesk.Web.Api;

/// <summary>A page of personal-data access records, newest first, and how many match in all.</summary>
public sealed record AccessRecordsResponse(IReadOnlyList<AccessRecordResponse> Items, int Total);
