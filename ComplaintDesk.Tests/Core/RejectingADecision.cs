using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Tests.Localization;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Core;

/// <summary>ISO 10002 7.9 and Annex H: a rejected decision reopens the complaint one escalation level up.</summary>
public sealed class RejectingADecision
{
    [Fact]
    public void Reopens_it_into_investigation_one_level_up()
    {
        var complaint = new ComplaintBuilder().InState(DecisionCommunicated).Build();
        var version = complaint.Version;

        complaint.RejectDecision("  The refund is too small. ", Stamps.Later(Actors.Handler));

        Assert.Equal((InInvestigation, 1, version + 1), (complaint.Status, complaint.EscalationLevel, complaint.Version));
        var rejected = complaint.Timeline[^1];
        Assert.Equal((ComplaintMove.RejectDecision, "7.9, Annex H", "The refund is too small."),
            (rejected.Move, rejected.Clause, rejected.Text));
        Assert.Equal((DecisionCommunicated, InInvestigation), (rejected.FromStatus, rejected.ToStatus));
        Assert.Equal(
            "Decision rejected by the complainant; reopened at escalation level 1 (supervisor)",
            InEnglish.Word(rejected.What));
    }

    [Fact]
    public void Raises_the_level_again_after_a_second_decision_is_rejected()
    {
        var complaint = new ComplaintBuilder().RejectedTimes(1).InState(DecisionCommunicated).Build();

        complaint.RejectDecision("Still not satisfied.", Stamps.Later());

        Assert.Equal((InInvestigation, 2), (complaint.Status, complaint.EscalationLevel));
    }

    [Fact]
    public void Reopens_at_the_highest_level_without_going_past_it()
    {
        var complaint = new ComplaintBuilder().RejectedTimes(EscalationLevels.Highest).InState(DecisionCommunicated).Build();

        complaint.RejectDecision("Going to the ombudsman.", Stamps.Later());

        Assert.Equal((InInvestigation, EscalationLevels.Highest), (complaint.Status, complaint.EscalationLevel));
    }
}
