using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>Adds complaints, escalations and reopenings up into <see cref="PeriodFigures"/>.</summary>
internal sealed class FiguresTally
{
    private readonly ClockTally[] _clocks = [.. Enum.GetValues<ClockKind>().Select(kind => new ClockTally(kind))];
    private int _received;
    private int _closed;
    private int _withdrawn;
    private int _openAtEnd;
    private int _escalations;
    private int _reopened;
    private int _scored;
    private long _scoreSum;

    public int Received => _received;

    public void Add(MonitoredComplaint complaint, MonitoringWindow window)
    {
        if (window.Contains(complaint.ReceivedAt))
        {
            _received++;
            foreach (var clock in complaint.Clocks)
            {
                _clocks[(int)clock.Kind].Add(window.Outcome(complaint, clock), clock);
            }
        }

        if (complaint.ClosedAt is { } finished && window.Contains(finished))
        {
            if (complaint.Status == ComplaintStatus.Withdrawn)
            {
                _withdrawn++;
            }
            else
            {
                _closed++;
                if (complaint.Satisfaction is { } score)
                {
                    _scored++;
                    _scoreSum += score;
                }
            }
        }

        if (window.OpenAtEnd(complaint))
        {
            _openAtEnd++;
        }
    }

    public void AddEscalation() => _escalations++;

    public void AddReopening() => _reopened++;

    public PeriodFigures Figures() => new(
        _received,
        _closed,
        _withdrawn,
        _openAtEnd,
        [.. _clocks.Select(c => c.Figures())],
        _escalations,
        _reopened,
        _scored == 0 ? null : (double)_scoreSum / _scored,
        _closed == 0 ? null : (double)_scored / _closed);
}
