using ComplaintDesk.Tests.Core.Mail;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="SendingFilesToTheComplainant"/>, on PostgreSQL.</summary>
public sealed class SendingFilesToTheComplainantOnPostgres() : SendingFilesToTheComplainant(new PostgresDesk());
