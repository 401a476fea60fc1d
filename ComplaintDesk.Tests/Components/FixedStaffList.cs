using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Staff;

namespace ComplaintDesk.Tests.Components;

public sealed class FixedStaffList : IStaffList
{
    public IReadOnlyList<StaffMember> Workers { get; set; } =
    [
        Member(DeskPerson.Handler),
        Member(DeskPerson.Handler2),
        Member(DeskPerson.Supervisor),
    ];

    public Task<IReadOnlyList<StaffMember>> WorkersAsync(CancellationToken cancellationToken) => Task.FromResult(Workers);

    private static StaffMember Member(DeskPerson person) => new(person.UserId, person.Email, person.DisplayName, new HashSet<DeskRole> { person.Role });
}
