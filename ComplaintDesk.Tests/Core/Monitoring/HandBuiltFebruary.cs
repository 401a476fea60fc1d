using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Monitoring;

/// <summary>
/// February 2027 on a real database, built move by move (Istanbul, UTC+3, 09:00–18:00 = 06:00–15:00 UTC):
/// A Medium/Billing/Email, on time throughout, closed Feb 3 (satisfaction 4, "Billing error");
/// B High/Delivery/Phone, acknowledged late, still open and past every deadline, escalated by hand Feb 5;
/// C Low/Billing/Web, received Feb 26, nothing due yet; D Medium/General/Email, withdrawn two hours in;
/// E Medium/Billing/Email, decided, rejected Feb 20 (reopened, level 1); P received in January, closed
/// Feb 4 (satisfaction 2, "Courier delay"); Q received and closed in January. Figures taken on Mar 1.
/// </summary>
public class HandBuiltFebruary : IAsyncLifetime
{
    public static readonly MonitoringPeriod February = MonitoringPeriod.Month(2027, 2);
    public static readonly DateTimeOffset AsOf = At(3, 1, 6);

    /// <summary>C's description: what a spreadsheet would run if it were written as typed.</summary>
    public const string FormulaLooking = "=HYPERLINK(\"http://example.com\",\"Click\")";

    private readonly Dictionary<string, string> _references = [];
    private readonly Dictionary<string, (Priority Priority, string Category)> _assessments = [];

    public HandBuiltFebruary()
        : this(new SqliteDesk())
    {
    }

    protected HandBuiltFebruary(CoreDesk desk) => Desk = desk;

    public CoreDesk Desk { get; }

    public MonitoringDesk Monitoring => Desk.Services.GetRequiredService<MonitoringDesk>();

    public string Reference(string name) => _references[name];

    /// <summary>The corrective action taken on A's root cause after it closed.</summary>
    public const string CorrectiveAction = "CAPA-2027-003";

    public static DateTimeOffset At(int month, int day, int hour) => new(2027, month, day, hour, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        await Desk.InitializeAsync();
        await OnAsync(At(1, 5, 6), () => ReceiveAsync("Q", Priority.Medium, "General", Channel.Email));
        await OnAsync(At(1, 5, 7), () => DecideAsync("Q"));
        await OnAsync(At(1, 20, 6), () => CloseAsync("Q", 5, "Misunderstanding"));
        await OnAsync(At(1, 28, 6), () => ReceiveAsync("P", Priority.Medium, "Delivery", Channel.Phone));
        await OnAsync(At(1, 28, 7), () => DecideAsync("P"));
        await OnAsync(At(2, 1, 6), () => ReceiveAsync("A", Priority.Medium, "Billing", Channel.Email));
        await OnAsync(At(2, 1, 7), () => MoveAsync("A", new AcknowledgeCommand(Channel.Email)));
        await OnAsync(At(2, 1, 7), () => ReceiveAsync("B", Priority.High, "Delivery", Channel.Phone));
        await OnAsync(At(2, 1, 13), () => MoveAsync("B", new AcknowledgeCommand(Channel.Phone)));
        await OnAsync(At(2, 2, 8), () => DecideAsync("A", acknowledged: true));
        await OnAsync(At(2, 3, 7), () => CloseAsync("A", 4, "Billing error"));
        await OnAsync(At(2, 4, 6), () => CloseAsync("P", 2, "Courier delay"));
        await OnAsync(At(2, 4, 9), () => MoveAsync("A", new RecordRootCauseCommand("Billing error", CorrectiveAction)));
        await OnAsync(At(2, 5, 6), () => MoveAsync("B", new EscalateCommand("The complainant went to the press.")));
        await OnAsync(At(2, 10, 6), () => ReceiveAsync("D", Priority.Medium, "General", Channel.Email));
        await OnAsync(At(2, 10, 8), () => MoveAsync("D", new WithdrawCommand("Solved with the shop directly.")));
        await OnAsync(At(2, 15, 6), () => ReceiveAsync("E", Priority.Medium, "Billing", Channel.Email));
        await OnAsync(At(2, 15, 7), () => MoveAsync("E", new AcknowledgeCommand(Channel.Email)));
        await OnAsync(At(2, 16, 7), () => DecideAsync("E", acknowledged: true));
        await OnAsync(At(2, 20, 6), () => MoveAsync("E", new RejectDecisionCommand("The apology is not enough.")));
        await OnAsync(At(2, 26, 14), () => ReceiveAsync("C", Priority.Low, "Billing", Channel.Web));
        Desk.Time.SetUtcNow(AsOf);
    }

    public Task DisposeAsync() => Desk.DisposeAsync();

    private async Task OnAsync(DateTimeOffset at, Func<Task> step)
    {
        Desk.Time.SetUtcNow(at);
        await step();
    }

    private async Task ReceiveAsync(string name, Priority priority, string category, Channel channel)
    {
        var complaint = await Desk.Workflow.ReceiveAsync(
            new NewComplaint(
                channel, null, new ComplainantDetails($"Complainant {name}", $"{name.ToLowerInvariant()}@example.com", null, ContactMethod.Email),
                "Product", category, name == "C" ? FormulaLooking : $"Complaint {name}.", Priority: priority),
            Desk.Handler,
            CancellationToken.None);
        _references[name] = complaint.Reference;
        _assessments[name] = (priority, category);
    }

    private async Task MoveAsync(string name, ComplaintCommand command) =>
        await Desk.Workflow.ApplyAsync(_references[name], Desk.Handler, null, command, CancellationToken.None);

    private async Task DecideAsync(string name, bool acknowledged = false)
    {
        if (!acknowledged)
        {
            await MoveAsync(name, new AcknowledgeCommand(Channel.Email));
        }

        await MoveAsync(name, new AssessCommand(_assessments[name].Priority, _assessments[name].Category));
        await MoveAsync(name, new InvestigateCommand());
        await MoveAsync(name, new ProposeResponseCommand(RemedyType.Apology, "We apologise."));
        await MoveAsync(name, new CommunicateDecisionCommand(Channel.Email, "We apologised."));
    }

    private Task CloseAsync(string name, int satisfaction, string rootCause) =>
        MoveAsync(name, new CloseCommand(ClosingOutcome.Accepted, satisfaction, null, rootCause));

    public static Actor QualityManager { get; } = new("q1", "quality@demo.local", new HashSet<DeskRole> { DeskRole.QualityManager });
}
