namespace ComplaintDesk.Core.Sla;

public enum ClockState
{
    Running,
    Paused,
    Warning,
    Breached,
    Met,
    MetLate,
}
