using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Core;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Tests.Integration;

public sealed class OverridingSlaForACategory(SqliteDesk desk) : IClassFixture<SqliteDesk>
{
    private static readonly Actor _administrator = new("a1", "admin@demo.local", new HashSet<DeskRole> { DeskRole.Administrator });
    private static readonly TimeSpan _billingHighRespond = TimeSpan.FromHours(9);

    private Task<ComplaintDetails> ReceiveAsync(string category, Priority priority) => desk.Workflow.ReceiveAsync(
        NewComplaints.ByEmail("Invoice", category, "Charged twice.", priority),
        desk.Handler,
        CancellationToken.None);

    private static TimeSpan RespondTarget(ComplaintDetails complaint) => complaint.Clocks.Single(c => c.Kind == ClockKind.Respond).Target;

    private Task OverrideBillingHighAsync() => desk.Settings.ChangeAsync(
        desk.Settings.CalendarOptions,
        WithOverride("Billing", Priority.High, _billingHighRespond),
        _administrator,
        CancellationToken.None);

    // The fixture's desk is shared by this class's tests, so a test that needs no override clears them first.
    private Task ClearOverridesAsync()
    {
        var current = desk.Settings.SlaOptions;
        var none = new SlaOptions { WarningShare = current.WarningShare, DefaultPriority = current.DefaultPriority, Policies = current.Policies };
        return desk.Settings.ChangeAsync(desk.Settings.CalendarOptions, none, _administrator, CancellationToken.None);
    }

    private SlaOptions WithOverride(string category, Priority priority, TimeSpan respond)
    {
        var current = desk.Settings.SlaOptions;
        return new SlaOptions
        {
            WarningShare = current.WarningShare,
            DefaultPriority = current.DefaultPriority,
            Policies = current.Policies,
            CategoryPolicies = new()
            {
                [category] = new()
                {
                    [priority] = new SlaOptions.PolicyOptions
                    {
                        Acknowledge = TimeSpan.FromHours(2), Respond = respond, Resolve = TimeSpan.FromHours(27),
                    },
                },
            },
        };
    }

    [Fact]
    public async Task An_override_applies_to_its_category_at_its_priority_only_and_moves_open_complaints_when_set()
    {
        await ClearOverridesAsync();
        var openBeforeTheChange = await ReceiveAsync("Billing", Priority.High);
        var highPolicy = desk.Settings.PolicyFor(Priority.High, null);
        Assert.Equal(highPolicy.Respond, RespondTarget(openBeforeTheChange));

        await OverrideBillingHighAsync();

        await using var db = desk.NewContext();
        var recomputed = await db.Complaints.AsNoTracking().SingleAsync(c => c.Reference == openBeforeTheChange.Reference);
        Assert.Equal(_billingHighRespond, recomputed.Clocks.Single(c => c.Kind == ClockKind.Respond).Target);
        Assert.Equal(_billingHighRespond, RespondTarget(await ReceiveAsync("Billing", Priority.High)));
        Assert.Equal(highPolicy.Respond, RespondTarget(await ReceiveAsync("Delivery", Priority.High)));
        Assert.Equal(desk.Settings.PolicyFor(Priority.Medium, null).Respond, RespondTarget(await ReceiveAsync("Billing", Priority.Medium)));
    }

    [Fact]
    public async Task Assessing_a_complaint_into_an_overridden_category_recomputes_its_running_clocks()
    {
        await OverrideBillingHighAsync();
        var delivery = await ReceiveAsync("Delivery", Priority.High);
        await desk.Workflow.ApplyAsync(delivery.Reference, desk.Handler, null, new AcknowledgeCommand(Channel.Email), CancellationToken.None);

        var assessed = await desk.Workflow.ApplyAsync(
            delivery.Reference, desk.Handler, null, new AssessCommand(Priority.High, "Billing"), CancellationToken.None);

        Assert.Equal(_billingHighRespond, RespondTarget(assessed));
        var acknowledge = assessed.Clocks.Single(c => c.Kind == ClockKind.Acknowledge);
        Assert.Equal(delivery.Clocks.Single(c => c.Kind == ClockKind.Acknowledge).Target, acknowledge.Target);
    }

    [Fact]
    public async Task An_override_for_a_category_that_does_not_exist_is_refused_and_changes_nothing()
    {
        var before = desk.Settings.SlaOptions;

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => desk.Settings.ChangeAsync(
            desk.Settings.CalendarOptions, WithOverride("Refunds", Priority.Low, TimeSpan.FromHours(3)), _administrator, CancellationToken.None));

        Assert.Equal(["sla.categoryPolicies.Refunds"], refusal.Errors.Keys);
        Assert.Same(before, desk.Settings.SlaOptions);
    }

    [Fact]
    public async Task An_override_without_targets_above_zero_is_refused()
    {
        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => desk.Settings.ChangeAsync(
            desk.Settings.CalendarOptions, WithOverride("Billing", Priority.Low, TimeSpan.Zero), _administrator, CancellationToken.None));

        Assert.Equal(["sla.categoryPolicies.Billing.Low"], refusal.Errors.Keys);
    }
}
