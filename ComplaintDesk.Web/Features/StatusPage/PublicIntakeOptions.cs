namespace ComplaintDesk.Web.Features.StatusPage;

/// <summary>
/// <c>Desk:PublicIntake</c>: the public complaint form (<c>/complain</c>) and its API (<c>POST /api/public/complaints</c>),
/// where complainants write in without signing in; whether they are open, and how many complaints one client address may
/// send in a <see cref="Window"/> (past it, 429 with <c>Retry-After</c>).
/// </summary>
public sealed class PublicIntakeOptions
{
    public const string Section = "Desk:PublicIntake";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests one client address may make in a <see cref="Window"/>, the form's own reads among them.</summary>
    public int PermitsPerAddress { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    public bool IsValid() => PermitsPerAddress > 0 && Window > TimeSpan.Zero;
}
