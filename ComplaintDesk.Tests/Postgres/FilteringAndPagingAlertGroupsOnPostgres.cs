using ComplaintDesk.Tests.Core.Escalations;

namespace ComplaintDesk.Tests.Postgres;

/// <summary>The same behaviour as <see cref="FilteringAndPagingAlertGroups"/>, on PostgreSQL.</summary>
public sealed class FilteringAndPagingAlertGroupsOnPostgres() : FilteringAndPagingAlertGroups(new PostgresDesk());
