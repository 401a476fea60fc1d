using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ComplaintDesk.Migrations.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add … --project ComplaintDesk.Migrations.Postgres --startup-project
/// ComplaintDesk.Migrations.Postgres</c> build the PostgreSQL model; adding a migration never connects.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<DeskDbContext>
{
    public DeskDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DeskDbContext>();
        DeskDatabase.Use(options, DeskDatabaseProvider.Postgres, "Host=localhost;Database=complaintdesk");
        return new DeskDbContext(options.Options);
    }
}
