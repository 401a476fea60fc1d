namespace ComplaintDesk.Core.Intake;

/// <summary>What a complainant gets back for a complaint sent on the public form: its reference and its status link's token.</summary>
public sealed record PublicReceipt(string Reference, string Token);
