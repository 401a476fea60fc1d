using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Tests.Sla;

/// <summary>
/// The contract's deadline computed naively: walk local days from the day before receipt, take each
/// working day's hours from <see cref="IndependentWorkingHours"/>, cut out the pauses, and spend
/// the target until it runs out.
/// </summary>
internal static class ReferenceDeadline
{
    public static DateTimeOffset Of(DeadlineCase c)
    {
        var remaining = c.Target;
        var pauses = c.Pauses.OrderBy(p => p.From).ToList();
        for (var day = IndependentWorkingHours.LocalDate(c.ReceivedAt, c.Calendar.Zone).AddDays(-1); ; day = day.AddDays(1))
        {
            if (IndependentWorkingHours.Of(c.Calendar, day) is not { } open)
            {
                continue;
            }

            var from = open.From > c.ReceivedAt ? open.From : c.ReceivedAt;
            foreach (var piece in Without(new Interval(from, open.To), pauses))
            {
                if (remaining <= piece.Length)
                {
                    return piece.From + remaining;
                }

                remaining -= piece.Length;
            }
        }
    }

    private static List<Interval> Without(Interval span, List<Interval> pauses)
    {
        var pieces = new List<Interval>();
        var cursor = span.From;
        foreach (var pause in pauses.Where(p => p.To > span.From && p.From < span.To))
        {
            if (pause.From > cursor)
            {
                pieces.Add(new Interval(cursor, pause.From));
            }

            cursor = pause.To > cursor ? pause.To : cursor;
        }

        if (cursor < span.To)
        {
            pieces.Add(new Interval(cursor, span.To));
        }

        return pieces;
    }
}
