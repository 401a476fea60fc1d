using System.Text.Json;
using System.Text.Json.Serialization;
using ComplaintDesk.Core.Notifications;
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
    private static readonly JsonSerializerOptions HubJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public event Func<ComplaintChange, Task>? ComplaintChanged;

    /// <summary>The browser's entry point: the message exactly as the hub sent it.</summary>
    [JSInvokable]
    public Task OnComplaintChanged(JsonElement summary) =>
        OnComplaintChanged(summary.Deserialize<ComplaintChange>(HubJson)
            ?? throw new JsonException("The hub sent an empty complaint change."));

    public async Task OnComplaintChanged(ComplaintChange summary)
    {
        if (ComplaintChanged is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<ComplaintChange, Task>>())
            {
                await handler(summary);
            }
        }
    }
}
