using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="WalkingAComplaintThroughTheProcess"/>, with the app on PostgreSQL.</summary>
public sealed class WalkingAComplaintThroughTheProcessOnPostgres(PostgresDeskApiFactory factory) : WalkingAComplaintThroughTheProcess(factory), IClassFixture<PostgresDeskApiFactory>;
