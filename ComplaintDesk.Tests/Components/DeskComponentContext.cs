using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// bunit with MudBlazor's test set-up. Disposed asynchronously because some MudBlazor services
/// are async-only and xunit 2 would otherwise dispose them synchronously.
/// </summary>
public abstract class DeskComponentContext : BunitContext, IAsyncLifetime
{
    protected DeskComponentContext()
    {
        Services.AddMudServices();
        // The neutral resources are English, the language these tests read.
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
