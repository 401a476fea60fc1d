using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Reports.Runs;
using Microsoft.AspNetCore.Components;

namespace ComplaintDesk.Web.RealTime;

/// <summary>
/// The one way a screen stays live. It hears the hub's messages through the circuit's
/// <see cref="DeskEvents"/>, keeps the ones it <c>Wants</c>, and refreshes with everything heard since
/// the last refresh: at once after a quiet spell, then at most once per <see cref="RefreshSpacing"/>
/// while a burst lasts, never two refreshes at the same time. A refresh that fails keeps what is on
/// screen and sets <see cref="LiveFailed"/> until one succeeds.
/// </summary>
public abstract partial class LiveComponent : ComponentBase, IDisposable
{
    /// <summary>A burst of changes costs one screen at most four refreshes a second.</summary>
    public static readonly TimeSpan RefreshSpacing = TimeSpan.FromMilliseconds(250);

    private readonly Lock _gate = new();
    private readonly LiveInbox _inbox = new();
    private bool _listening;
    private bool _due;
    private bool _disposed;
    private long? _lastRefresh;
    private ITimer? _wait;

    [Inject]
    private DeskEvents Events { get; set; } = default!;

    [Inject]
    private LivePacing Pacing { get; set; } = default!;

    [Inject]
    private ILogger<LiveComponent> Log { get; set; } = default!;

    /// <summary>The last live refresh failed: what is shown may be out of date.</summary>
    protected bool LiveFailed { get; private set; }

    public override Task SetParametersAsync(ParameterView parameters)
    {
        if (!_listening)
        {
            _listening = true;
            Events.ComplaintChanged += OnComplaintChangedAsync;
            Events.AlertRaised += OnAlertRaisedAsync;
            Events.AlertReminder += OnAlertReminderAsync;
            Events.AlertAcknowledged += OnAlertAcknowledgedAsync;
            Events.ReportBuilt += OnReportBuiltAsync;
            Events.Reconnected += OnReconnectedAsync;
        }

        return base.SetParametersAsync(parameters);
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        lock (_gate)
        {
            _disposed = true;
            _wait?.Dispose();
        }

        if (_listening)
        {
            Events.ComplaintChanged -= OnComplaintChangedAsync;
            Events.AlertRaised -= OnAlertRaisedAsync;
            Events.AlertReminder -= OnAlertReminderAsync;
            Events.AlertAcknowledged -= OnAlertAcknowledgedAsync;
            Events.ReportBuilt -= OnReportBuiltAsync;
            Events.Reconnected -= OnReconnectedAsync;
        }
    }

    /// <summary>Whether this screen shows something the change touches; asked as the change is heard.</summary>
    protected virtual bool Wants(ComplaintChange change) => false;

    protected virtual bool Wants(LiveAlert alert) => false;

    protected virtual bool Wants(MonthlyReportView run) => false;

    /// <summary>Shows what the batch changed. Runs on the renderer's thread; the component is rendered afterwards.</summary>
    protected abstract Task RefreshAsync(LiveBatch batch);

    /// <summary>Reads everything shown again, as after a reconnection (the person's "try again").</summary>
    protected void RefreshEverything() => Hear(inbox => inbox.Reconnected = true);

    private Task OnComplaintChangedAsync(ComplaintChange change) => HearIf(Wants(change), inbox => inbox.Complaints.Add(change));

    private Task OnAlertRaisedAsync(AlertView alert) => HearAlert(new LiveAlert(alert, LiveAlertKind.Raised));

    private Task OnAlertReminderAsync(AlertView alert) => HearAlert(new LiveAlert(alert, LiveAlertKind.Reminder));

    private Task OnAlertAcknowledgedAsync(AlertView alert) => HearAlert(new LiveAlert(alert, LiveAlertKind.Acknowledged));

    private Task HearAlert(LiveAlert alert) => HearIf(Wants(alert), inbox => inbox.Alerts.Add(alert));

    private Task OnReportBuiltAsync(MonthlyReportView run) => HearIf(Wants(run), inbox => inbox.Reports.Add(run));

    private Task OnReconnectedAsync() => HearIf(true, inbox => inbox.Reconnected = true);

    private Task HearIf(bool wanted, Action<LiveInbox> keep)
    {
        if (wanted)
        {
            Hear(keep);
        }

        return Task.CompletedTask;
    }

    private void Hear(Action<LiveInbox> keep)
    {
        TimeSpan wait;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            keep(_inbox);
            if (_due)
            {
                // The refresh already on its way (or the one after the running one) takes this too.
                return;
            }

            _due = true;
            wait = WaitBeforeRefresh();
        }

        Start(wait);
    }

    private TimeSpan WaitBeforeRefresh()
    {
        if (_lastRefresh is not { } last)
        {
            return TimeSpan.Zero;
        }

        var since = Pacing.Time.GetElapsedTime(last);
        return since >= RefreshSpacing ? TimeSpan.Zero : RefreshSpacing - since;
    }

    private void Start(TimeSpan wait)
    {
        if (wait <= TimeSpan.Zero)
        {
            _ = RunAsync();
            return;
        }

        lock (_gate)
        {
            _wait?.Dispose();
            _wait = _disposed ? null : Pacing.Time.CreateTimer(_ => _ = RunAsync(), null, wait, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task RunAsync()
    {
        LiveBatch batch;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            batch = _inbox.Take();
        }

        try
        {
            await InvokeAsync(async () =>
            {
                try
                {
                    await RefreshAsync(batch);
                    LiveFailed = false;
                }
                catch (Exception exception) when (exception is not ObjectDisposedException)
                {
                    LiveFailed = true;
                    LogRefreshFailed(Log, exception, GetType().Name);
                }

                StateHasChanged();
            });
        }
        catch (ObjectDisposedException)
        {
            // The circuit ended while the refresh waited: nobody is looking any more.
        }
        finally
        {
            Finish();
        }
    }

    private void Finish()
    {
        TimeSpan wait;
        lock (_gate)
        {
            _lastRefresh = Pacing.Time.GetTimestamp();
            if (_disposed || _inbox.IsEmpty)
            {
                _due = false;
                return;
            }

            wait = RefreshSpacing;
        }

        Start(wait);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A live refresh of {Screen} failed; the screen keeps what it showed.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string screen);
}
