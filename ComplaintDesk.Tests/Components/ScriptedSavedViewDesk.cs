using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Views;

namespace ComplaintDesk.Tests.Components;

/// <summary>Holds one person's saved views in memory and changes them as Core would, or refuses as the test says.</summary>
public sealed class ScriptedSavedViewDesk : ISavedViewDesk
{
    private readonly List<SavedViewEntry> _views = [];

    public DeskException? Refusal { get; set; }

    /// <summary>Each save as the screen asked for it: name, query and whether it becomes the default.</summary>
    public List<(string? Name, string? Query, bool MakeDefault)> Saves { get; } = [];

    public IReadOnlyList<SavedViewEntry> Views => _views;

    public void Holds(params SavedViewEntry[] views)
    {
        _views.Clear();
        _views.AddRange(views);
    }

    public Task<IReadOnlyList<SavedViewEntry>> ListAsync(Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SavedViewEntry>>([.. _views.OrderBy(v => v.Name, StringComparer.Ordinal)]);

    public Task<string?> DefaultQueryAsync(Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult(_views.FirstOrDefault(v => v.IsDefault)?.Query);

    public Task<SavedViewEntry> SaveAsync(Actor actor, string? name, string? query, bool makeDefault, CancellationToken cancellationToken)
    {
        Saves.Add((name, query, makeDefault));
        return Change(() =>
        {
            var saved = new SavedViewEntry(_views.Count + 1, name!, query!, makeDefault);
            ClearDefaultIf(makeDefault);
            _views.Add(saved);
            return saved;
        });
    }

    public Task<SavedViewEntry> RenameAsync(Actor actor, int id, string? newName, CancellationToken cancellationToken) =>
        Change(() => Replace(id, v => v with { Name = newName! }));

    public Task SetDefaultAsync(Actor actor, int? id, CancellationToken cancellationToken) =>
        Change(() =>
        {
            ClearDefaultIf(true);
            return id is { } chosen ? Replace(chosen, v => v with { IsDefault = true }) : null;
        });

    public Task DeleteAsync(Actor actor, int id, CancellationToken cancellationToken) =>
        Change(() => _views.RemoveAll(v => v.Id == id));

    private Task<T> Change<T>(Func<T> change) => Refusal is not null ? Task.FromException<T>(Refusal) : Task.FromResult(change());

    private void ClearDefaultIf(bool makeDefault)
    {
        for (var i = 0; makeDefault && i < _views.Count; i++)
        {
            _views[i] = _views[i] with { IsDefault = false };
        }
    }

    private SavedViewEntry Replace(int id, Func<SavedViewEntry, SavedViewEntry> change)
    {
        var index = _views.FindIndex(v => v.Id == id);
        _views[index] = change(_views[index]);
        return _views[index];
    }
}
