namespace ComplaintDesk.Web.Api;

/// <summary>Why a complaint's personal data is erased now (e.g. the complainant asked for it).</summary>
public sealed record AnonymiseRequest(string? Reason);
