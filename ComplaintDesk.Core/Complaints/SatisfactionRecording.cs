namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// ISO 10002 8.3: the complainant's satisfaction is asked once the complaint is closed, and recorded once: at closing,
/// later by the desk, or by the complainant on their status page, whichever comes first. A complaint merged into
/// another has none of its own (the other carries on for both).
/// </summary>
public static class SatisfactionRecording
{
    public static bool IsOpen(ComplaintStatus status, ClosingOutcome? outcome, int? satisfaction) =>
        status == ComplaintStatus.Closed && outcome != ClosingOutcome.Merged && satisfaction is null;
}
