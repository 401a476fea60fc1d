using System.Text.Json;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.RealTime;

namespace ComplaintDesk.Tests.Components;

/// <summary>The circuit reads an alert as the hub writes it (camelCase, enums by name) and hands it to every subscriber.</summary>
public sealed class ReadingAlertHubMessages
{
    private const string Message = """
        {"id":12,"complaintReference":"CMP-2026-000012","level":2,"trigger":"Unhandled","clock":"Resolve",
         "raisedAt":"2026-03-02T06:30:00+00:00","targetRole":"QualityManager","targetEmail":null,"reason":null,
         "acknowledgedAt":null,"acknowledgedBy":null}
        """;

    private static readonly AlertView Expected = new(
        12, "CMP-2026-000012", 2, AlertTrigger.Unhandled, ClockKind.Resolve, new DateTimeOffset(2026, 3, 2, 6, 30, 0, TimeSpan.Zero),
        DeskRole.QualityManager, null, null, null, null);

    private readonly DeskEvents _events = new();

    [Fact]
    public async Task Each_alert_message_reaches_its_own_event()
    {
        var heard = new List<(string Event, AlertView Alert)>();
        _events.AlertRaised += alert => Hear("raised", alert);
        _events.AlertReminder += alert => Hear("reminder", alert);
        _events.AlertAcknowledged += alert => Hear("acknowledged", alert);
        using var message = JsonDocument.Parse(Message);

        await _events.OnAlertRaised(message.RootElement);
        await _events.OnAlertReminder(message.RootElement);
        await _events.OnAlertAcknowledged(message.RootElement);

        Assert.Equal([("raised", Expected), ("reminder", Expected), ("acknowledged", Expected)], heard);

        Task Hear(string name, AlertView alert)
        {
            heard.Add((name, alert));
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_reconnection_reaches_every_subscriber()
    {
        var heard = 0;
        _events.Reconnected += () => Task.FromResult(++heard);
        _events.Reconnected += () => Task.FromResult(++heard);

        await _events.OnReconnected();

        Assert.Equal(2, heard);
    }

    [Fact]
    public async Task An_empty_message_is_refused()
    {
        using var message = JsonDocument.Parse("null");

        await Assert.ThrowsAsync<JsonException>(() => _events.OnAlertRaised(message.RootElement));
    }
}
