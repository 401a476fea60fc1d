using ComplaintDesk.Tests.Integration.ApiKeys;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="SigningInWithAnApiKey"/>, with the app on PostgreSQL.</summary>
public sealed class SigningInWithAnApiKeyOnPostgres(PostgresDeskApiFactory factory) : SigningInWithAnApiKey(factory), IClassFixture<PostgresDeskApiFactory>;
