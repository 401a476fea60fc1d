namespace ComplaintDesk.Web.RealTime;

public enum LiveAlertKind
{
    Raised,
    Reminder,
    Acknowledged,
}
