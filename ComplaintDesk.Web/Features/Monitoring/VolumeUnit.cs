namespace ComplaintDesk.Web.Features.Monitoring;

/// <summary>What one bar of the volume chart counts.</summary>
public enum VolumeUnit
{
    Week,
    Month,
    Year,
}
