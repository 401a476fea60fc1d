using System.Text.Json;
using System.Text.Json.Serialization;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Core.Reports.Runs;
using Microsoft.JSInterop;

namespace ComplaintDesk.Web.RealTime;

/// <summary>
/// One per circuit: the browser's hub connection hands each message here, and components
/// subscribe to the events (and unsubscribe when disposed). The server never connects to itself.
/// </summary>
public sealed class DeskEvents
{
    // The hub writes enum values as names; Blazor's interop serializer reads only numbers and
    // cannot be configured, so the browser's message is read here with the hub's conventions.
    private static readonly JsonSerializerOptions _hubJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public event Func<ComplaintChange, Task>? ComplaintChanged;

    public event Func<AlertView, Task>? AlertRaised;

    public event Func<AlertView, Task>? AlertReminder;

    public event Func<AlertView, Task>? AlertAcknowledged;

    /// <summary>A monthly workbook run finished, well or not; only the people who monitor hear it.</summary>
    public event Func<MonthlyReportView, Task>? ReportBuilt;

    /// <summary>
    /// The tab's hub connection is up: first, or again after a drop. What the hub sent before never
    /// reached this circuit, so whoever shows something live reads it again from the database.
    /// </summary>
    public event Func<Task>? Reconnected;

    /// <summary>The browser's entry point: the message exactly as the hub sent it.</summary>
    [JSInvokable]
    public Task OnComplaintChanged(JsonElement summary) => OnComplaintChanged(Read<ComplaintChange>(summary));

    public Task OnComplaintChanged(ComplaintChange summary) => RaiseAsync(ComplaintChanged, summary);

    [JSInvokable]
    public Task OnAlertRaised(JsonElement alert) => OnAlertRaised(Read<AlertView>(alert));

    public Task OnAlertRaised(AlertView alert) => RaiseAsync(AlertRaised, alert);

    [JSInvokable]
    public Task OnAlertReminder(JsonElement alert) => OnAlertReminder(Read<AlertView>(alert));

    public Task OnAlertReminder(AlertView alert) => RaiseAsync(AlertReminder, alert);

    [JSInvokable]
    public Task OnAlertAcknowledged(JsonElement alert) => OnAlertAcknowledged(Read<AlertView>(alert));

    public Task OnAlertAcknowledged(AlertView alert) => RaiseAsync(AlertAcknowledged, alert);

    [JSInvokable]
    public Task OnReportBuilt(JsonElement run) => OnReportBuilt(Read<MonthlyReportView>(run));

    public Task OnReportBuilt(MonthlyReportView run) => RaiseAsync(ReportBuilt, run);

    [JSInvokable]
    public async Task OnReconnected()
    {
        if (Reconnected is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<Task>>())
            {
                await handler();
            }
        }
    }

    private static T Read<T>(JsonElement message) =>
        message.Deserialize<T>(_hubJson) ?? throw new JsonException($"The hub sent an empty {typeof(T).Name}.");

    private static async Task RaiseAsync<T>(Func<T, Task>? handlers, T message)
    {
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<Func<T, Task>>())
        {
            await handler(message);
        }
    }
}
