using ComplaintDesk.Tests.Core.Closing;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="ClosingADecisionLeftUnanswered"/>, on PostgreSQL.</summary>
public sealed class ClosingADecisionLeftUnansweredOnPostgres() : ClosingADecisionLeftUnanswered(new PostgresDesk());
