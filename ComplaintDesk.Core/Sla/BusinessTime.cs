namespace ComplaintDesk.Core.Sla;

/// <summary>
/// Pure functions over a calendar: how business time accrues, and when a target is reached. Paused
/// stretches never accrue.
/// </summary>
public static class BusinessTime
{
    /// <summary>
    /// The earliest instant at which the time accrued since <paramref name="start"/>, less the
    /// paused stretches, equals <paramref name="target"/>.
    /// </summary>
    public static DateTimeOffset Deadline(
        BusinessCalendar calendar, bool aroundTheClock, DateTimeOffset start, TimeSpan target, IReadOnlyList<Interval> pauses)
    {
        var remaining = target;
        foreach (var stretch in AccruingStretches(calendar, aroundTheClock, start, pauses))
        {
            if (remaining <= stretch.Length)
            {
                return stretch.From + remaining;
            }

            remaining -= stretch.Length;
        }

        throw new InvalidOperationException("Business time never stops accruing.");
    }

    /// <summary>How much would have accrued in [from, to) without the pauses: what the pauses held back.</summary>
    public static TimeSpan Accrued(BusinessCalendar calendar, bool aroundTheClock, Interval span)
    {
        if (aroundTheClock)
        {
            return span.Length;
        }

        var total = TimeSpan.Zero;
        foreach (var open in calendar.WorkingIntervalsFrom(span.From))
        {
            if (open.From >= span.To)
            {
                break;
            }

            total += new Interval(open.From, open.To < span.To ? open.To : span.To).Length;
        }

        return total;
    }

    /// <summary>
    /// When business time is accruing at <paramref name="at"/>, the end of that stretch (around the clock: a day on,
    /// as far as anyone needs to look ahead); null outside working hours.
    /// </summary>
    public static DateTimeOffset? CountingUntil(BusinessCalendar calendar, bool aroundTheClock, DateTimeOffset at)
    {
        if (aroundTheClock)
        {
            return at.AddDays(1);
        }

        var open = calendar.WorkingIntervalsFrom(at).First();
        return open.From <= at ? open.To : null;
    }

    private static IEnumerable<Interval> AccruingStretches(
        BusinessCalendar calendar, bool aroundTheClock, DateTimeOffset start, IReadOnlyList<Interval> pauses)
    {
        var open = aroundTheClock ? [new Interval(start, DateTimeOffset.MaxValue)] : calendar.WorkingIntervalsFrom(start);
        var ordered = pauses.Where(p => p.To > start).OrderBy(p => p.From).ToList();
        foreach (var stretch in open)
        {
            var from = stretch.From;
            foreach (var pause in ordered.Where(p => p.To > from && p.From < stretch.To))
            {
                if (pause.From > from)
                {
                    yield return new Interval(from, pause.From);
                }

                from = pause.To > from ? pause.To : from;
            }

            if (from < stretch.To)
            {
                yield return new Interval(from, stretch.To);
            }
        }
    }
}
