using ComplaintDesk.Core.Monitoring;

namespace ComplaintDesk.Tests.Core.Monitoring;

public sealed class ReadingStoredInstants
{
    [Theory]
    [InlineData("2026-11-20 09:00:00", "2026-11-20T09:00:00Z")]
    [InlineData("2026-11-20 09:00:00.5", "2026-11-20T09:00:00.5Z")]
    [InlineData("2027-02-28 23:59:59.1234567", "2027-02-28T23:59:59.1234567Z")]
    [InlineData("2026-11-20T09:00:00Z", "2026-11-20T09:00:00Z")]
    public void Reads_what_ef_writes_as_utc(string stored, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), StoredInstant.Parse(stored));
    }
}
