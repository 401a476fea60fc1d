using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="ListingComplaints"/>, with the app on PostgreSQL.</summary>
public sealed class ListingComplaintsOnPostgres(PostgresDeskApiFactory factory) : ListingComplaints(factory), IClassFixture<PostgresDeskApiFactory>;
