using ComplaintDesk.Tests.Core.Mail;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="SendingTheOutbox"/>, on PostgreSQL.</summary>
public sealed class SendingTheOutboxOnPostgres() : SendingTheOutbox(new PostgresDesk());
