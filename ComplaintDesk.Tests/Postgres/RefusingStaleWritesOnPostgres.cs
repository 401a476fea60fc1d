using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="RefusingStaleWrites"/>, with the app on PostgreSQL.</summary>
public sealed class RefusingStaleWritesOnPostgres(PostgresDeskApiFactory factory) : RefusingStaleWrites(factory), IClassFixture<PostgresDeskApiFactory>;
