using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Tests.Localization;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Core;

/// <summary>Annex H: an open complaint goes up one level at a time, to level 3 and no further.</summary>
public sealed class EscalatingAComplaint
{
    [Theory]
    [InlineData(Received)]
    [InlineData(AwaitingComplainant)]
    [InlineData(DecisionCommunicated)]
    public void Raises_the_level_one_at_a_time_up_to_3_keeping_the_status(ComplaintStatus status)
    {
        var complaint = new ComplaintBuilder().InState(status).Build();

        for (var level = 1; level <= EscalationLevels.Highest; level++)
        {
            complaint.Escalate($"Escalation {level}", Stamps.Later());

            Assert.Equal((level, status), (complaint.EscalationLevel, complaint.Status));
            Assert.Equal((ComplaintMove.Escalate, "Annex H"), (complaint.Timeline[^1].Move, complaint.Timeline[^1].Clause));
        }

        Assert.Equal(3, EscalationLevels.Highest);
    }

    [Fact]
    public void Refuses_to_go_past_level_3_and_writes_nothing()
    {
        var complaint = new ComplaintBuilder().InState(InInvestigation).Build();
        for (var level = 1; level <= 3; level++)
        {
            complaint.Escalate("Needs more authority.", Stamps.Later());
        }

        var refusal = Refusals.AssertMoveRefused(complaint, () => complaint.Escalate("Even higher.", Stamps.Later()));

        Assert.Contains("highest escalation level (3", InEnglish.Word(refusal), StringComparison.Ordinal);
        Assert.Equal(3, complaint.EscalationLevel);
    }

    [Fact]
    public void Refuses_past_level_3_reached_through_rejected_decisions()
    {
        var complaint = new ComplaintBuilder().RejectedTimes(3).InState(InInvestigation).Build();

        Refusals.AssertMoveRefused(complaint, () => complaint.Escalate("Even higher.", Stamps.Later()));
    }

    [Fact]
    public void Describes_each_level_on_the_timeline()
    {
        var complaint = new ComplaintBuilder().InState(Assessed).Build();

        complaint.Escalate("Needs a supervisor.", Stamps.Later());
        complaint.Escalate("Needs the quality manager.", Stamps.Later());

        Assert.Equal("Escalated to level 2 (complaints and quality manager)", InEnglish.Word(complaint.Timeline[^1].What));
    }
}
