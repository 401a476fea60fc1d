using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ComplaintDesk.Core.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the web app, and
/// <c>dotnet ef database update</c> fill the text index as the app's own start does.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DeskDbContext>
{
    public DeskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DeskDbContext>().UseSqlite("Data Source=design-time.db")
            .AddInterceptors(new SearchFoldFunction()).Options);
}
