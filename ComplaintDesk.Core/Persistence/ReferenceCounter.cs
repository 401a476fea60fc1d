namespace ComplaintDesk.Core.Persistence;

/// <summary>The last reference number handed out in a year.</summary>
internal sealed class ReferenceCounter
{
    public int Year { get; set; }

    public int LastNumber { get; set; }
}
