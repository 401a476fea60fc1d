using ComplaintDesk.Core.Notifications;
using Microsoft.JSInterop;

namespace ComplaintDesk.Web.RealTime;

/// <summary>
/// One per circuit: the browser's hub connection hands each message here, and components
/// subscribe to the events (and unsubscribe when disposed). The server never connects to itself.
/// </summary>
public sealed class DeskEvents
{
    public event Func<ComplaintChange, Task>? ComplaintChanged;

    [JSInvokable]
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
