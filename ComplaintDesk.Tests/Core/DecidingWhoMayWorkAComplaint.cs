using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Tests.Localization;

namespace ComplaintDesk.Tests.Core;

/// <summary>Handlers work unassigned complaints and their own, supervisors work any, the other roles only read.</summary>
public sealed class DecidingWhoMayWorkAComplaint
{
    private static readonly Complaint _unassigned = new ComplaintBuilder().InState(ComplaintStatus.Assessed).Build();
    private static readonly Complaint _handlers = AssessedFor(Actors.Handler);
    private static readonly Complaint _handler2s = AssessedFor(Actors.Handler2);

    [Fact]
    public void Lets_a_handler_move_an_unassigned_complaint_and_their_own()
    {
        var sameHandlerOtherCase = Actors.Make("id-h1", "HANDLER@Demo.Local", DeskRole.Handler);

        Assert.Null(Record.Exception(() => ComplaintPermissions.Decide(Actors.Handler, MoveSubject.Of(_unassigned), ComplaintMove.Investigate).ThrowIfRefused()));
        Assert.Null(Record.Exception(() => ComplaintPermissions.Decide(Actors.Handler, MoveSubject.Of(_handlers), ComplaintMove.Investigate).ThrowIfRefused()));
        Assert.Null(Record.Exception(() => ComplaintPermissions.Decide(sameHandlerOtherCase, MoveSubject.Of(_handlers), ComplaintMove.Note).ThrowIfRefused()));
    }

    [Theory]
    [InlineData(ComplaintMove.Investigate)]
    [InlineData(ComplaintMove.Note)]
    [InlineData(ComplaintMove.Assign)]
    public void Refuses_a_handler_another_handlers_complaint(ComplaintMove move)
    {
        var refusal = Assert.Throws<NotPermittedException>(() => ComplaintPermissions.Decide(Actors.Handler, MoveSubject.Of(_handler2s), move).ThrowIfRefused());

        Assert.Contains("assigned to handler2@demo.local", InEnglish.Word(refusal), StringComparison.Ordinal);
    }

    [Fact]
    public void Lets_a_supervisor_move_any_complaint()
    {
        Assert.All([_unassigned, _handlers, _handler2s], complaint => Assert.Null(Record.Exception(
            () => ComplaintPermissions.Decide(Actors.Supervisor, MoveSubject.Of(complaint), ComplaintMove.Escalate).ThrowIfRefused())));
    }

    [Fact]
    public void Lets_quality_managers_and_administrators_move_nothing()
    {
        foreach (var reader in new[] { Actors.QualityManager, Actors.Administrator })
        {
            Assert.Throws<NotPermittedException>(() => ComplaintPermissions.EnsureMayWork(reader));
            Assert.Throws<NotPermittedException>(() => ComplaintPermissions.Decide(reader, MoveSubject.Of(_unassigned), ComplaintMove.Note).ThrowIfRefused());
        }

        Assert.Null(Record.Exception(() => ComplaintPermissions.EnsureMayWork(Actors.Handler)));
        Assert.Null(Record.Exception(() => ComplaintPermissions.EnsureMayWork(Actors.Supervisor)));
    }

    [Fact]
    public void Lets_a_handler_assign_only_to_themselves()
    {
        Assert.Null(Record.Exception(() => ComplaintPermissions.EnsureMayAssignTo(Actors.Handler, Actors.Handler.AsStaff())));
        Assert.Throws<NotPermittedException>(() => ComplaintPermissions.EnsureMayAssignTo(Actors.Handler, Actors.Handler2.AsStaff()));
        Assert.Throws<NotPermittedException>(() => ComplaintPermissions.EnsureMayAssignTo(Actors.Handler, Actors.Supervisor.AsStaff()));
    }

    [Fact]
    public void Lets_a_supervisor_assign_to_anyone()
    {
        Assert.All([Actors.Handler, Actors.Handler2, Actors.Supervisor], assignee => Assert.Null(Record.Exception(
            () => ComplaintPermissions.EnsureMayAssignTo(Actors.Supervisor, assignee.AsStaff()))));
    }

    [Theory]
    [InlineData(ComplaintMove.Acknowledge, true)]
    [InlineData(ComplaintMove.Investigate, true)]
    [InlineData(ComplaintMove.Escalate, true)]
    [InlineData(ComplaintMove.Withdraw, true)]
    [InlineData(ComplaintMove.Note, false)]
    [InlineData(ComplaintMove.Assign, false)]
    public void Has_a_handler_take_an_unassigned_complaint_on_the_first_real_move(ComplaintMove move, bool takes)
    {
        Assert.Equal(takes, ComplaintPermissions.TakesOnFirstMove(Actors.Handler, _unassigned, move));
    }

    [Fact]
    public void Has_nobody_take_a_complaint_that_is_assigned_or_moved_by_a_supervisor()
    {
        Assert.False(ComplaintPermissions.TakesOnFirstMove(Actors.Supervisor, _unassigned, ComplaintMove.Investigate));
        Assert.False(ComplaintPermissions.TakesOnFirstMove(Actors.Handler, _handlers, ComplaintMove.Investigate));
    }

    private static Complaint AssessedFor(Actor handler) =>
        new ComplaintBuilder().AssignedTo(handler.Email).InState(ComplaintStatus.Assessed).Build();

    [Fact]
    public void Refuses_anyone_a_complaint_that_is_about_them_whatever_their_role()
    {
        var aboutSupervisor = new ComplaintBuilder().InState(ComplaintStatus.Assessed).About("SUPERVISOR@demo.local").Build();

        var refusal = Assert.Throws<MoveRefusedException>(() => ComplaintPermissions.Decide(Actors.Supervisor, MoveSubject.Of(aboutSupervisor), ComplaintMove.Investigate).ThrowIfRefused());

        Assert.Contains("objectivity", InEnglish.Word(refusal), StringComparison.Ordinal);
        Assert.Null(Record.Exception(() => ComplaintPermissions.Decide(Actors.Handler, MoveSubject.Of(aboutSupervisor), ComplaintMove.Investigate).ThrowIfRefused()));
    }
}
