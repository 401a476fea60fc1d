using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.People;

namespace ComplaintDesk.Tests.Components;

/// <summary>Holds a list of people, remembers what the screen asked, and refuses when a test says so.</summary>
public sealed class ScriptedPeopleDesk : IPeopleDesk
{
    public List<PersonView> People { get; } =
    [
        new("id-h1", "handler@demo.local", "Ayşe Yılmaz", [DeskRole.Handler], true, false),
        new("id-a1", "admin@demo.local", "Elif Şahin", [DeskRole.Administrator], true, false),
    ];

    public List<PeopleSearch> Searches { get; } = [];

    public List<NewPerson> Created { get; } = [];

    public List<string> Deactivated { get; } = [];

    public DeskException? Refusal { get; set; }

    public Task<Page<PersonView>> ListAsync(PeopleSearch search, Actor actor, CancellationToken cancellationToken)
    {
        Searches.Add(search);
        return Task.FromResult(new Page<PersonView>([.. People], People.Count));
    }

    public Task<PersonView> GetAsync(string id, Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult(People.Single(p => p.Id == id));

    public Task<PersonView> CreateAsync(NewPerson person, Actor actor, CancellationToken cancellationToken)
    {
        ThrowIfRefused();
        Created.Add(person);
        var created = new PersonView($"id-{Created.Count}", person.Email!, person.DisplayName!, [.. person.Roles!.Select(Enum.Parse<DeskRole>)], true, person.MustChangePassword);
        People.Add(created);
        return Task.FromResult(created);
    }

    public Task<PersonView> ChangeRolesAsync(string id, IReadOnlyList<string>? roles, Actor actor, CancellationToken cancellationToken) =>
        Replace(id, p => p with { Roles = [.. roles!.Select(Enum.Parse<DeskRole>)] });

    public Task<PersonView> DeactivateAsync(string id, Actor actor, CancellationToken cancellationToken)
    {
        ThrowIfRefused();
        Deactivated.Add(id);
        return Replace(id, p => p with { Active = false });
    }

    public Task<PersonView> ActivateAsync(string id, Actor actor, CancellationToken cancellationToken) => Replace(id, p => p with { Active = true });

    public Task ResetPasswordAsync(string id, string? password, Actor actor, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ChangeOwnPasswordAsync(string? currentPassword, string? newPassword, Actor actor, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> AnyoneAsync(CancellationToken cancellationToken) => Task.FromResult(People.Count > 0);

    private Task<PersonView> Replace(string id, Func<PersonView, PersonView> change)
    {
        ThrowIfRefused();
        var index = People.FindIndex(p => p.Id == id);
        People[index] = change(People[index]);
        return Task.FromResult(People[index]);
    }

    private void ThrowIfRefused()
    {
        if (Refusal is { } refusal)
        {
            throw refusal;
        }
    }
}
