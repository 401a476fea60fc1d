using ComplaintDesk.Core.Staff;

namespace ComplaintDesk.Tests.Components;

/// <summary>The demo people's names; a test may deactivate some.</summary>
public sealed class FixedStaffNames : IStaffNames
{
    private static readonly DeskPerson[] _everyone =
        [DeskPerson.Handler, DeskPerson.Handler2, DeskPerson.Supervisor, DeskPerson.QualityManager, DeskPerson.Administrator];

    public HashSet<string> Deactivated { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<StaffNameBook> ReadAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new StaffNameBook(_everyone.Select(p => (p.Email, p.DisplayName, !Deactivated.Contains(p.Email)))));

    public void Forget()
    {
    }
}
