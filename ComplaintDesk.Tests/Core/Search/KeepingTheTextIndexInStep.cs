using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Tests.Core.Privacy;
using ComplaintDesk.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Search;

/// <summary>The text index is written in the same save as the complaint: at intake, by moves that change its text, and by anonymisation.</summary>
public class KeepingTheTextIndexInStep : IAsyncLifetime
{
    private readonly CoreDesk _desk;

    public KeepingTheTextIndexInStep()
        : this(new SqliteDesk())
    {
    }

    protected KeepingTheTextIndexInStep(CoreDesk desk) => _desk = desk;

    private IPersonalDataErasure Erasure => _desk.Services.GetRequiredService<IPersonalDataErasure>();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task A_received_complaint_is_indexed_folded()
    {
        var reference = await SearchDesk.ReceiveAsync(_desk, "Çay ILIK geldi.", product: "Kahve Makinesi", name: "İlker Işık");

        Assert.Equal([reference.ToLowerInvariant(), "kahve makinesi", "çay ilik geldi.", "ilker işik"], await SearchDesk.IndexRowAsync(_desk, reference));
    }

    [Fact]
    public async Task A_product_or_service_changed_at_assessment_is_found_and_the_old_one_is_not()
    {
        var reference = await SearchDesk.ReceiveAsync(_desk, "It broke.", product: "Toaster TS-1");
        await _desk.Workflow.ApplyAsync(reference, _desk.Handler, null, new AcknowledgeCommand(Channel.Email), CancellationToken.None);

        await _desk.Workflow.ApplyAsync(reference, _desk.Handler, null, new AssessCommand(Priority.Medium, "Billing", "Blender BL-2"), CancellationToken.None);

        Assert.Equal([reference], await SearchDesk.FindAsync(_desk, "blender"));
        Assert.Empty(await SearchDesk.FindAsync(_desk, "toaster"));
        Assert.Equal("it broke.", (await SearchDesk.IndexRowAsync(_desk, reference))[2]);
    }

    [Fact]
    public async Task An_erased_name_is_gone_from_the_index()
    {
        var reference = await PrivacyDesk.ReceivedAsync(_desk);
        Assert.Equal([reference], await SearchDesk.FindAsync(_desk, "Çelik"));

        await Erasure.AnonymiseAsync(reference, "The complainant asked for it.", PrivacyDesk.Administrator, CancellationToken.None);

        Assert.Empty(await SearchDesk.FindAsync(_desk, "Çelik"));
        Assert.Empty(await SearchDesk.FindAsync(_desk, "ec"));
        Assert.Equal(SearchTextOf(Complainant.AnonymisedName), (await SearchDesk.IndexRowAsync(_desk, reference))[3]);
    }

    [Fact]
    public async Task Names_erased_after_the_retention_period_are_gone_from_the_index()
    {
        var closed = await PrivacyDesk.ClosedAsync(_desk);
        var open = await PrivacyDesk.ReceivedAsync(_desk);
        _desk.Time.Advance(TimeSpan.FromDays(731));

        await Erasure.AnonymiseExpiredAsync(CancellationToken.None);

        Assert.Equal([open], await SearchDesk.FindAsync(_desk, "ece çelik"));
        Assert.Equal(SearchTextOf(Complainant.AnonymisedName), (await SearchDesk.IndexRowAsync(_desk, closed))[3]);
    }

    private static string SearchTextOf(string text) => ComplaintDesk.Core.Search.SearchText.Fold(text);
}
