using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Categories;

/// <summary>Administrators keep the desk's categories: create, rename, retire, bring back, give to a team.</summary>
public interface ICategoryDesk
{
    /// <summary>Every category, retired ones too, by name.</summary>
    Task<IReadOnlyList<CategoryView>> ListAsync(CancellationToken cancellationToken);

    Task<CategoryView> CreateAsync(string? name, Actor actor, CancellationToken cancellationToken);

    /// <summary>Complaints keep the category (so they show the new name) and its SLA overrides follow it.</summary>
    Task<CategoryView> RenameAsync(string name, string? newName, Actor actor, CancellationToken cancellationToken);

    Task<CategoryView> RetireAsync(string name, Actor actor, CancellationToken cancellationToken);

    Task<CategoryView> ActivateAsync(string name, Actor actor, CancellationToken cancellationToken);

    /// <summary>New complaints in the category land in <paramref name="teamId"/>'s queue; null for the whole desk.</summary>
    Task<CategoryView> GiveToTeamAsync(string name, int? teamId, Actor actor, CancellationToken cancellationToken);
}
