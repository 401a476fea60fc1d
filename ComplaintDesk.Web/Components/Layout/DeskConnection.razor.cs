using ComplaintDesk.Web.RealTime;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ComplaintDesk.Web.Components.Layout;

/// <summary>
/// Opens this tab's desk hub connection once the circuit is live and hands its messages to the
/// circuit's <see cref="DeskEvents"/>. The layout renders it once.
/// </summary>
public sealed partial class DeskConnection : IAsyncDisposable
{
    private IJSObjectReference? _module;
    private DotNetObjectReference<DeskEvents>? _events;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private DeskEvents Events { get; set; } = default!;

    [Inject]
    private ILogger<DeskConnection> Logger { get; set; } = default!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/desk-hub.js");
            _events = DotNetObjectReference.Create(Events);
            await _module.InvokeVoidAsync("start", _events);
        }
        catch (Exception exception) when (exception is JSException or JSDisconnectedException or OperationCanceledException)
        {
            // Pages still work on what they loaded and desk-hub.js keeps trying; only the live
            // updates are missing meanwhile, so the circuit must not fail for this (an error thrown here would end it).
            LogNotStarted(Logger, exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_module is not null)
            {
                await _module.InvokeVoidAsync("stop");
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone, and its hub connection with it.
        }
        finally
        {
            _events?.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The desk hub connection did not start; this tab does not update live until a retry connects.")]
    private static partial void LogNotStarted(ILogger logger, Exception exception);
}
