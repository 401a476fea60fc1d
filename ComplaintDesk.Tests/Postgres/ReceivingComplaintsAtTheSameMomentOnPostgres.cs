using ComplaintDesk.Tests.Core;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="ReceivingComplaintsAtTheSameMoment"/>, on PostgreSQL.</summary>
public sealed class ReceivingComplaintsAtTheSameMomentOnPostgres() : ReceivingComplaintsAtTheSameMoment(new PostgresDesk());
