using FsCheck.Xunit;

namespace ComplaintDesk.Tests.Sla;

/// <summary>More target never gives an earlier deadline, with or without pauses.</summary>
public sealed class LengtheningATarget
{
    [Property(Arbitrary = [typeof(SlaArbitraries)])]
    public void Never_gives_an_earlier_business_deadline(LongerTargetCase t)
    {
        var c = t.Case;
        var calendar = c.Calendar.Build();

        var shorter = c.BusinessDeadline(calendar, c.Pauses);
        var longer = (c with { Target = c.Target + t.Extra }).BusinessDeadline(calendar, c.Pauses);

        Assert.True(longer >= shorter, $"{t.Extra} more target: due {c.Local(longer)}, before {c.Local(shorter)}. {t}");
    }
}
