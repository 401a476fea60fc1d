namespace ComplaintDesk.Core.Staff;

/// <summary>The people a complaint can be assigned to.</summary>
public interface IStaffList
{
    Task<IReadOnlyList<StaffMember>> WorkersAsync(CancellationToken cancellationToken);
}
