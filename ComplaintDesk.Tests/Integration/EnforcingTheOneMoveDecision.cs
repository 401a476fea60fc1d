using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Tests.Core;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>The workflow refuses exactly what the one move decision refuses, with its reason and kind, and writes nothing then.</summary>
public sealed class EnforcingTheOneMoveDecision(SqliteDesk desk) : IClassFixture<SqliteDesk>
{
    private static NewComplaint Intake() => NewComplaints.ByEmail();

    public static TheoryData<string, string> Cases() => new()
    {
        { "quality", "acknowledge" },
        { "admin", "note" },
        { "handler2", "acknowledge" },
        { "handler", "close" },
        { "handler", "propose" },
        { "handler", "note" },
        { "supervisor", "escalate" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_workflow_answers_as_the_decision_does(string who, string what)
    {
        var actor = who switch
        {
            "quality" => Actors.QualityManager,
            "admin" => Actors.Administrator,
            "handler2" => Actors.Handler2,
            "supervisor" => Actors.Supervisor,
            _ => Actors.Handler,
        };
        ComplaintCommand command = what switch
        {
            "acknowledge" => new AcknowledgeCommand(Channel.Email),
            "close" => new CloseCommand(ClosingOutcome.Accepted),
            "propose" => new ProposeResponseCommand(RemedyType.Refund, "A full refund."),
            "escalate" => new EscalateCommand("Legal action threatened."),
            _ => new NoteCommand("Called back."),
        };
        var received = await desk.Workflow.ReceiveAsync(Intake(), Actors.Handler, CancellationToken.None);
        // The handler takes it and escalates it by hand: they may no longer take its decision.
        await desk.Workflow.ApplyAsync(received.Reference, Actors.Handler, null, new AcknowledgeCommand(Channel.Email), CancellationToken.None);
        var before = await desk.Workflow.ApplyAsync(received.Reference, Actors.Handler, null, new EscalateCommand("Threatens to sue."), CancellationToken.None);
        var decision = ComplaintPermissions.Decide(actor, MoveSubject.Of(before), command.Move);

        var refusal = await Record.ExceptionAsync(() => desk.Workflow.ApplyAsync(before.Reference, actor, before.Version, command, CancellationToken.None));

        Assert.Equal(decision.Refusal switch
        {
            null => null,
            MoveRefusalKind.NotPermitted => typeof(NotPermittedException),
            _ => typeof(MoveRefusedException),
        }, refusal?.GetType());
        Assert.Equal(decision.Reason, (refusal as DeskException)?.Text);
        var after = await desk.Services.GetRequiredService<IComplaintQueries>().GetAsync(before.Reference, Actors.Supervisor, CancellationToken.None);
        Assert.Equal(refusal is null, after.Version != before.Version);
    }
}
