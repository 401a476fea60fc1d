using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.RealTime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace ComplaintDesk.Tests.Components;

/// <summary>A live screen that keeps every batch it is given and fails when told to.</summary>
public sealed class LiveProbe : LiveComponent
{
    public List<LiveBatch> Batches { get; } = [];

    public bool FailNext { get; set; }

    [Parameter]
    public string? WantedReference { get; set; }

    protected override bool Wants(ComplaintChange change) => WantedReference is null || change.Reference == WantedReference;

    protected override Task RefreshAsync(LiveBatch batch)
    {
        Batches.Add(batch);
        if (FailNext)
        {
            FailNext = false;
            throw new InvalidOperationException("The desk could not be read.");
        }

        return Task.CompletedTask;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "p");
        builder.AddAttribute(1, "data-failed", LiveFailed ? "yes" : "no");
        builder.CloseElement();
    }
}
