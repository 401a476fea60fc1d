namespace ComplaintDesk.Web.Features.StatusPage;

/// <summary>The complaint's reference, and the address of its status page, where the complainant follows it.</summary>
public sealed record PublicReceiptResponse(string Reference, string StatusUrl);
