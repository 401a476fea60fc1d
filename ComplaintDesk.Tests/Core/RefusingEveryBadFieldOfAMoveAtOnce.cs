using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Tests.Core.Search;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core;

/// <summary>A move with several bad fields is refused naming all of them, whatever found them, and writes nothing.</summary>
public sealed class RefusingEveryBadFieldOfAMoveAtOnce : IAsyncLifetime
{
    private static readonly string _tooLong = new('x', TextLimits.LongText + 1);
    private readonly SqliteDesk _desk = new();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task An_unknown_category_is_named_with_the_missing_priority_and_the_too_long_fields()
    {
        var reference = await AcknowledgedAsync();
        var version = await VersionAsync(reference);

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => ApplyAsync(
            reference, new AssessCommand(null, "Nowhere", new string('p', TextLimits.Name + 1), _tooLong)));

        Assert.Equal(["category", "notes", "priority", "productOrService"], refusal.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("'Nowhere' is not one of this desk's categories", InEnglish.Word(Assert.Single(refusal.Errors["category"])), StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync(reference));
    }

    [Fact]
    public async Task A_field_the_caller_could_not_read_is_named_with_the_rules_findings_in_its_own_words()
    {
        var reference = await SearchDesk.ReceiveAsync(_desk, "It broke.");
        var version = await VersionAsync(reference);
        var unreadable = new Dictionary<string, DeskMessage[]> { ["channel"] = [DeskMessage.Unkeyed("'Pigeon' is not a channel.")] };

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => ApplyAsync(
            reference, new AcknowledgeCommand(null, _tooLong) { Unreadable = unreadable }));

        Assert.Equal(["channel", "message"], refusal.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("'Pigeon' is not a channel.", InEnglish.Word(Assert.Single(refusal.Errors["channel"])));
        Assert.Equal(version, await VersionAsync(reference));
    }

    [Fact]
    public async Task A_field_the_caller_could_not_read_refuses_a_move_the_rules_would_take()
    {
        var reference = await SearchDesk.ReceiveAsync(_desk, "It broke.");
        var version = await VersionAsync(reference);
        var unreadable = new Dictionary<string, DeskMessage[]> { ["mood"] = [DeskMessage.Unkeyed("'Cross' is not a mood.")] };

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => ApplyAsync(
            reference, new NoteCommand("Called back.") { Unreadable = unreadable }));

        Assert.Equal("mood", Assert.Single(refusal.Errors).Key);
        Assert.Equal(version, await VersionAsync(reference));
    }

    private async Task<string> AcknowledgedAsync()
    {
        var reference = await SearchDesk.ReceiveAsync(_desk, "It broke.");
        await ApplyAsync(reference, new AcknowledgeCommand(Channel.Email));
        return reference;
    }

    private Task<ComplaintDetails> ApplyAsync(string reference, ComplaintCommand command) =>
        _desk.Workflow.ApplyAsync(reference, _desk.Handler, null, command, CancellationToken.None);

    private async Task<int> VersionAsync(string reference) =>
        (await _desk.Services.GetRequiredService<IComplaintQueries>().GetAsync(reference, _desk.Handler, CancellationToken.None)).Version;
}
