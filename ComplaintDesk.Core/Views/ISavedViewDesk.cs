using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Views;

/// <summary>Each person's saved queue views: list, save, rename, make default, delete; nobody reaches another's.</summary>
public interface ISavedViewDesk
{
    /// <summary>The person's views, by name.</summary>
    Task<IReadOnlyList<SavedViewEntry>> ListAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>The query of the view the person's queue opens with when its address names none; null when they chose none.</summary>
    Task<string?> DefaultQueryAsync(Actor actor, CancellationToken cancellationToken);

    /// <param name="query">The view's query string, as the queue writes it in its address.</param>
    /// <param name="makeDefault">Whether it becomes the person's default view, in place of any other.</param>
    Task<SavedViewEntry> SaveAsync(Actor actor, string? name, string? query, bool makeDefault, CancellationToken cancellationToken);

    /// <summary>Renames the view under the rules a view is saved by (<see cref="SavedViewRules.ReadName"/>); a refused name changes nothing.</summary>
    Task<SavedViewEntry> RenameAsync(Actor actor, int id, string? newName, CancellationToken cancellationToken);

    /// <summary>Makes the view the person's default, in place of any other; null leaves them none.</summary>
    Task SetDefaultAsync(Actor actor, int? id, CancellationToken cancellationToken);

    Task DeleteAsync(Actor actor, int id, CancellationToken cancellationToken);
}
