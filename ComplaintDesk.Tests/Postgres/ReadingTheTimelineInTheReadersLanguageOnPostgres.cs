using ComplaintDesk.Tests.Localization;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="ReadingTheTimelineInTheReadersLanguage"/>, with the app on PostgreSQL.</summary>
public sealed class ReadingTheTimelineInTheReadersLanguageOnPostgres(PostgresDeskApiFactory factory)
    : ReadingTheTimelineInTheReadersLanguage(factory), IClassFixture<PostgresDeskApiFactory>;
