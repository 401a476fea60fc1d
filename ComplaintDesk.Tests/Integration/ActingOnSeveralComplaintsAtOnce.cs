using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Bulk;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Core;
using ComplaintDesk.Tests.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// A bulk action makes the single move on each complaint as it was shown, each in its own unit of work:
/// one outcome per complaint, a refusal or a stale row blocking none of the others.
/// </summary>
public sealed class ActingOnSeveralComplaintsAtOnce : IAsyncLifetime
{
    private static readonly Actor _supervisor = new("s1", "supervisor@demo.local", new HashSet<DeskRole> { DeskRole.Supervisor });
    private static readonly Actor _colleague = new("h2", "handler2@demo.local", new HashSet<DeskRole> { DeskRole.Handler });

    private readonly SqliteDesk _desk = new();

    private IBulkMoves Bulk => _desk.Services.GetRequiredService<IBulkMoves>();

    public async Task InitializeAsync()
    {
        await _desk.InitializeAsync();
        await HandlerInTheDeskAsync(_desk.Handler.Email);
    }

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task Assigning_several_gives_each_its_outcome_and_a_refused_one_blocks_none()
    {
        var free = await ReceiveAsync();
        var taken = await ReceiveAsync();
        await ApplyAsync(taken, new AssignCommand(_desk.Handler.Email));
        var withdrawn = await ReceiveAsync();
        await ApplyAsync(withdrawn, new WithdrawCommand("The complainant called it off."));
        var after = await ReceiveAsync();

        var outcomes = await Bulk.ApplyToEachAsync(await ShownAsync(free, taken, withdrawn, after), _supervisor, new BulkAssign(_desk.Handler.Email), CancellationToken.None);

        Assert.Equal([BulkResult.Done, BulkResult.Refused, BulkResult.Refused, BulkResult.Done], outcomes.Select(o => o.Result));
        Assert.Equal([free, taken, withdrawn, after], outcomes.Select(o => o.Reference));
        Assert.Contains("already assigned", InEnglish.Word(outcomes[1].Reason!), StringComparison.Ordinal);
        Assert.Contains("withdrawn", InEnglish.Word(outcomes[2].Reason!), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(_desk.Handler.Email, (await StoredAsync(free)).AssigneeEmail);
        Assert.Equal(_desk.Handler.Email, (await StoredAsync(after)).AssigneeEmail);
        Assert.Null((await StoredAsync(withdrawn)).AssigneeEmail);
    }

    [Fact]
    public async Task A_complaint_changed_since_it_was_shown_is_left_as_it_is_and_the_others_get_the_priority()
    {
        var first = await AcknowledgedAsync();
        var second = await AcknowledgedAsync();
        var shown = await ShownAsync(first, second);
        await ApplyAsync(second, new NoteCommand("Called the complainant back."));
        var versionAfterNote = (await StoredAsync(second)).Version;

        var outcomes = await Bulk.ApplyToEachAsync(shown, _supervisor, new BulkPriority(Priority.High), CancellationToken.None);

        Assert.Equal([BulkResult.Done, BulkResult.Stale], outcomes.Select(o => o.Result));
        Assert.Equal((Priority.High, ComplaintStatus.Assessed, "Billing"), Assessment(await StoredAsync(first)));
        var stale = await StoredAsync(second);
        Assert.Equal((Priority.Medium, ComplaintStatus.Acknowledged), (stale.Priority, stale.Status));
        Assert.Equal(versionAfterNote, stale.Version);
    }

    [Fact]
    public async Task A_handler_is_refused_a_colleagues_complaint_with_the_reason_and_nothing_on_it_changes()
    {
        var colleagues = await AcknowledgedAsync();
        await ApplyAsync(colleagues, new AssignCommand(_desk.Handler.Email));
        var unassigned = await AcknowledgedAsync();
        var before = (await StoredAsync(colleagues)).Version;

        var outcomes = await Bulk.ApplyToEachAsync(await ShownAsync(colleagues, unassigned), _colleague, new BulkPriority(Priority.Low), CancellationToken.None);

        Assert.Equal([BulkResult.Refused, BulkResult.Done], outcomes.Select(o => o.Result));
        Assert.Contains($"assigned to {_desk.Handler.Email}", InEnglish.Word(outcomes[0].Reason!), StringComparison.Ordinal);
        var untouched = await StoredAsync(colleagues);
        Assert.Equal((Priority.Medium, before), (untouched.Priority, untouched.Version));
        Assert.Equal(Priority.Low, (await StoredAsync(unassigned)).Priority);
    }

    [Fact]
    public async Task A_role_that_does_not_work_complaints_is_refused_before_any_is_touched()
    {
        var reference = await AcknowledgedAsync();
        var quality = new Actor("q1", "quality@demo.local", new HashSet<DeskRole> { DeskRole.QualityManager });
        var before = (await StoredAsync(reference)).Version;

        var shown = await ShownAsync(reference);

        await Assert.ThrowsAsync<NotPermittedException>(() => Bulk.ApplyToEachAsync(shown, quality, new BulkPriority(Priority.High), CancellationToken.None));

        Assert.Equal(before, (await StoredAsync(reference)).Version);
    }

    [Fact]
    public async Task Acknowledging_alerts_acknowledges_each_complaints_open_alerts_and_says_where_there_were_none()
    {
        var escalated = await ReceiveAsync();
        await ApplyAsync(escalated, new EscalateCommand("The complainant threatens legal action."));
        var quiet = await ReceiveAsync();

        var outcomes = await Bulk.AcknowledgeAlertsAsync(await ShownAsync(escalated, quiet), _supervisor, CancellationToken.None);

        Assert.Equal([(BulkResult.Done, 1), (BulkResult.NothingToDo, 0)], outcomes.Select(o => (o.Result, o.Alerts)));
        await using var db = _desk.NewContext();
        var alert = await db.Alerts.AsNoTracking().SingleAsync(a => a.ComplaintReference == escalated);
        Assert.Equal(_supervisor.Email, alert.AcknowledgedBy);
    }

    private static (Priority, ComplaintStatus, string?) Assessment(Complaint complaint) => (complaint.Priority, complaint.Status, complaint.Category?.Name);

    private async Task<string> ReceiveAsync() => (await _desk.Workflow.ReceiveAsync(
        NewComplaints.ByEmail("Invoice", "Billing", "Charged twice.", Priority.Medium),
        _supervisor,
        CancellationToken.None)).Reference;

    private async Task<string> AcknowledgedAsync()
    {
        var reference = await ReceiveAsync();
        await ApplyAsync(reference, new AcknowledgeCommand(Channel.Email));
        return reference;
    }

    private Task<ComplaintDetails> ApplyAsync(string reference, ComplaintCommand command) =>
        _desk.Workflow.ApplyAsync(reference, _supervisor, null, command, CancellationToken.None);

    // The rows as the queue would show them to the supervisor, versions included.
    private async Task<IReadOnlyList<ComplaintSummary>> ShownAsync(params string[] references)
    {
        var queries = _desk.Services.GetRequiredService<IComplaintQueries>();
        var rows = await queries.ListAsync(new ComplaintSearch(Status: string.Join(',', Enum.GetNames<ComplaintStatus>()), PageSize: 100), _supervisor, CancellationToken.None);
        return [.. references.Select(reference => rows.Items.Single(r => r.Reference == reference))];
    }

    private async Task<Complaint> StoredAsync(string reference)
    {
        await using var db = _desk.NewContext();
        return await db.Complaints.AsNoTracking().Include(c => c.Category).SingleAsync(c => c.Reference == reference);
    }

    private async Task HandlerInTheDeskAsync(string email)
    {
        await using var db = _desk.NewContext();
        var role = new IdentityRole(nameof(DeskRole.Handler)) { NormalizedName = nameof(DeskRole.Handler).ToUpperInvariant() };
        var user = new DeskUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), DisplayName = "Ayşe Yılmaz" };
        db.Roles.Add(role);
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        await db.SaveChangesAsync();
    }
}
