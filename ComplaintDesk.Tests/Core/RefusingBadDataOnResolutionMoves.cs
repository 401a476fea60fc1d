using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Core;

/// <summary>Responding, deciding, closing, rejecting, withdrawing and escalating with missing or bad data.</summary>
public sealed class RefusingBadDataOnResolutionMoves
{
    private static readonly string _tooLong = new('x', TextLimits.LongText + 1);
    private static readonly string _tooLongReason = new('r', TextLimits.MediumText + 1);

    private static readonly Dictionary<string, (ComplaintStatus State, string Field, Action<Complaint> Move)> _cases = new()
    {
        ["propose without a remedy"] = (InInvestigation, "remedy", c => c.ProposeResponse(null, "We refund.", Stamps.Later())),
        ["propose without text"] = (InInvestigation, "text", c => c.ProposeResponse(RemedyType.Refund, " ", Stamps.Later())),
        ["propose a too long text"] = (ResponseReady, "text", c => c.ProposeResponse(RemedyType.Refund, _tooLong, Stamps.Later())),
        ["communicate without a channel"] = (ResponseReady, "channel", c => c.CommunicateDecision(null, "Sent.", Stamps.Later())),
        ["communicate without text"] = (ResponseReady, "text", c => c.CommunicateDecision(Channel.Email, null, Stamps.Later())),
        ["close without an outcome"] = (DecisionCommunicated, "outcome", c => c.Close(null, 3, null, null, Stamps.Later())),
        ["close with satisfaction 0"] = (DecisionCommunicated, "satisfaction",
            c => c.Close(ClosingOutcome.Accepted, 0, null, null, Stamps.Later())),
        ["close with satisfaction 6"] = (DecisionCommunicated, "satisfaction",
            c => c.Close(ClosingOutcome.Accepted, 6, null, null, Stamps.Later())),
        ["close with a too long comment"] = (DecisionCommunicated, "comment",
            c => c.Close(ClosingOutcome.Accepted, 3, _tooLongReason, null, Stamps.Later())),
        ["close with a too long root cause"] = (DecisionCommunicated, "rootCause",
            c => c.Close(ClosingOutcome.Accepted, 3, null, new string('c', TextLimits.ShortText + 1), Stamps.Later())),
        ["reject without a reason"] = (DecisionCommunicated, "reason", c => c.RejectDecision(null, Stamps.Later())),
        ["reject with a too long reason"] = (DecisionCommunicated, "reason", c => c.RejectDecision(_tooLongReason, Stamps.Later())),
        ["withdraw without a reason"] = (Received, "reason", c => c.Withdraw("", Stamps.Later())),
        ["withdraw with a too long reason"] = (ResponseReady, "reason", c => c.Withdraw(_tooLongReason, Stamps.Later())),
        ["escalate without a reason"] = (Assessed, "reason", c => c.Escalate(null, Stamps.Later())),
        ["escalate with a too long reason"] = (Assessed, "reason", c => c.Escalate(_tooLongReason, Stamps.Later())),
    };

    public static TheoryData<string> Cases() => new(_cases.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Refuses_the_move_naming_the_field_and_writes_nothing(string name)
    {
        var (state, field, move) = _cases[name];
        var complaint = new ComplaintBuilder().InState(state).Build();

        Refusals.AssertInvalid(complaint, field, () => move(complaint));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(null)]
    public void Closes_with_a_satisfaction_from_1_to_5_or_none(int? satisfaction)
    {
        var complaint = new ComplaintBuilder().InState(DecisionCommunicated).Build();

        complaint.Close(ClosingOutcome.Accepted, satisfaction, " Happy now. ", null, Stamps.Later());

        Assert.Equal((Closed, satisfaction, "Happy now."), (complaint.Status, complaint.Satisfaction, complaint.SatisfactionComment));
        Assert.Equal(Stamps.DayAfterReceipt, complaint.ClosedAt);
    }

    [Fact]
    public void Reports_every_bad_field_of_a_closing_at_once()
    {
        var complaint = new ComplaintBuilder().InState(DecisionCommunicated).Build();

        var refusal = Assert.Throws<InvalidInputException>(
            () => complaint.Close(null, 9, _tooLongReason, null, Stamps.Later()));

        Assert.Equal(["comment", "outcome", "satisfaction"], refusal.Errors.Keys.Order());
    }
}
