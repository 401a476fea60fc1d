using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Views;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>A desk on real SQLite with a fresh person per call, so tests sharing one database keep out of each other's views.</summary>
public abstract class SavedViewPeople(SqliteDesk desk) : IClassFixture<SqliteDesk>
{
    protected ISavedViewDesk Views => desk.Services.GetRequiredService<ISavedViewDesk>();

    protected static Actor NewPerson() =>
        new($"person-{Guid.NewGuid():N}", $"{Guid.NewGuid():N}@demo.local", new HashSet<DeskRole> { DeskRole.Handler });

    protected Task<SavedViewEntry> SaveAsync(Actor person, string? name, string query = "priority=High", bool makeDefault = false) =>
        Views.SaveAsync(person, name, query, makeDefault, CancellationToken.None);

    protected Task<IReadOnlyList<SavedViewEntry>> ListAsync(Actor person) => Views.ListAsync(person, CancellationToken.None);

    protected Task<string?> DefaultQueryAsync(Actor person) => Views.DefaultQueryAsync(person, CancellationToken.None);
}
