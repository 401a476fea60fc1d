using ComplaintDesk.Tests.Core.Audit;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="DrawingASampleForReview"/>, on PostgreSQL.</summary>
public sealed class DrawingASampleForReviewOnPostgres() : DrawingASampleForReview(new PostgresDesk());
