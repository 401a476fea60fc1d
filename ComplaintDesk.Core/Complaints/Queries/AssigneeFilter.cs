namespace ComplaintDesk.Core.Complaints.Queries;

public enum AssigneeFilter
{
    Anyone,
    Nobody,
    Person,
}
