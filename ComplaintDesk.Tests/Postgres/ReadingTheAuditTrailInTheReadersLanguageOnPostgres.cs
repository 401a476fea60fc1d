using ComplaintDesk.Tests.Localization;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="ReadingTheAuditTrailInTheReadersLanguage"/>, with the app on PostgreSQL.</summary>
public sealed class ReadingTheAuditTrailInTheReadersLanguageOnPostgres(PostgresDeskApiFactory factory)
    : ReadingTheAuditTrailInTheReadersLanguage(factory), IClassFixture<PostgresDeskApiFactory>;
