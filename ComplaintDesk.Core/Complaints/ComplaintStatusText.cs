namespace ComplaintDesk.Core.Complaints;

public static class ComplaintStatusText
{
    public static bool IsOpen(this ComplaintStatus status) => status is not (ComplaintStatus.Closed or ComplaintStatus.Withdrawn);
}
