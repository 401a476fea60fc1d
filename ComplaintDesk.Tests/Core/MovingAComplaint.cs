using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Tests.Localization;
using static ComplaintDesk.Core.Complaints.ComplaintMove;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Core;

/// <summary>Every status against every move: the allowed ones lead where the process says, the others write nothing.</summary>
public sealed class MovingAComplaint
{
    private static readonly ComplaintStatus[] _open =
        [Received, Acknowledged, Assessed, InInvestigation, AwaitingComplainant, ResponseReady, DecisionCommunicated];

    public static TheoryData<ComplaintStatus, ComplaintMove> EveryStatusAndMove()
    {
        var data = new TheoryData<ComplaintStatus, ComplaintMove>();
        foreach (var status in Enum.GetValues<ComplaintStatus>())
        {
            foreach (var move in Enum.GetValues<ComplaintMove>().Where(m => m is not (Receive or RaiseAlert or AnonymisePersonalData or DuplicateMergedIn)))
            {
                data.Add(status, move);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndMove))]
    public void Makes_an_allowed_move_once_and_refuses_any_other_without_writing(ComplaintStatus from, ComplaintMove move)
    {
        var complaint = new ComplaintBuilder().InState(from).Build();
        var before = ComplaintSnapshot.Of(complaint);
        var expected = ExpectedNext(move, from);

        if (expected is { } to)
        {
            Make(complaint, move);

            Assert.Equal(to, complaint.Status);
            Assert.Equal(to, ComplaintMoves.Next(move, from));
            Assert.Equal(before.Version + 1, complaint.Version);
            Assert.Equal(before.TimelineCount + 1, complaint.Timeline.Count);
            var recorded = complaint.Timeline[^1];
            Assert.Equal((move, from, to), (recorded.Move, recorded.FromStatus, recorded.ToStatus));
        }
        else
        {
            Refusals.AssertMoveRefused(complaint, () => Make(complaint, move));
            Assert.False(ComplaintMoves.IsAllowed(move, from));
            Assert.Throws<MoveRefusedException>(() => ComplaintMoves.Next(move, from));
        }
    }

    [Fact]
    public void Explains_a_refused_move_with_the_statuses_that_allow_it()
    {
        var complaint = new ComplaintBuilder().InState(Closed).Build();

        var refusal = Refusals.AssertMoveRefused(complaint, () => complaint.Resume(Stamps.Later()));

        Assert.Equal(
            "You can't resume this complaint while it is closed. That is possible only when it is awaiting the complainant.",
            InEnglish.Word(refusal));
    }

    /// <summary>The process rules, written out independently of <see cref="ComplaintMoves"/>; null means refused.</summary>
    private static ComplaintStatus? ExpectedNext(ComplaintMove move, ComplaintStatus from)
    {
        var open = _open.Contains(from);
        return move switch
        {
            Assign or Escalate => open ? from : null,
            Withdraw => open ? Withdrawn : null,
            Merge => open ? Closed : null,
            Note => from,
            Acknowledge => from == Received ? Acknowledged : null,
            Assess => from switch
            {
                Acknowledged => Assessed,
                Assessed or InInvestigation or AwaitingComplainant => from,
                _ => null,
            },
            Investigate => from == Assessed ? InInvestigation : null,
            AwaitComplainant => from == InInvestigation ? AwaitingComplainant : null,
            Resume => from == AwaitingComplainant ? InInvestigation : null,
            ProposeResponse => from is InInvestigation or ResponseReady ? ResponseReady : null,
            CommunicateDecision => from == ResponseReady ? DecisionCommunicated : null,
            Close => from == DecisionCommunicated ? Closed : null,
            RejectDecision => from == DecisionCommunicated ? InInvestigation : null,
            ComplainantInformation => from == AwaitingComplainant ? InInvestigation : open ? from : null,
            RecordSatisfaction => from == Closed ? from : null,
            CorrectComplainant or CorrectSubjectStaff => open ? from : null,
            RecordRootCause => from is InInvestigation or AwaitingComplainant or ResponseReady or DecisionCommunicated or Closed ? from : null,
            _ => throw new ArgumentOutOfRangeException(nameof(move), move, "Not a move on an existing complaint."),
        };
    }

    /// <summary>Makes <paramref name="move"/> with data that passes its own checks, so only the status can refuse it.</summary>
    private static void Make(Complaint complaint, ComplaintMove move)
    {
        var stamp = Stamps.Later();
        switch (move)
        {
            case Assign: complaint.Assign(Actors.Handler2.Email, stamp); break;
            case Acknowledge: complaint.Acknowledge(Channel.Letter, null, stamp); break;
            case Assess: complaint.Assess(Priority.Critical, new Category("Billing"), null, null, stamp); break;
            case Investigate: complaint.Investigate(stamp); break;
            case Note: complaint.AddNote("Called the courier.", stamp); break;
            case AwaitComplainant: complaint.AwaitComplainant("Can you send a photo?", stamp); break;
            case Resume: complaint.Resume(stamp); break;
            case ProposeResponse: complaint.ProposeResponse(RemedyType.Apology, "We apologise.", stamp); break;
            case CommunicateDecision: complaint.CommunicateDecision(Channel.Phone, "Apologised by phone.", stamp); break;
            case Close: complaint.Close(ClosingOutcome.NoReply, null, null, null, stamp); break;
            case RejectDecision: complaint.RejectDecision("Not enough.", stamp); break;
            case Withdraw: complaint.Withdraw("Resolved elsewhere.", stamp); break;
            case Escalate: complaint.Escalate("Needs a supervisor.", stamp); break;
            case Merge: complaint.MergeInto(new ComplaintBuilder().Build(), stamp); break;
            case ComplainantInformation: complaint.AddComplainantInformation("The receipt is attached.", Stamps.Later(Actor.Complainant)); break;
            case RecordSatisfaction: complaint.RecordSatisfaction(4, null, stamp); break;
            case RecordRootCause: complaint.RecordRootCause("The courier lost the parcel.", "CAPA-2026-014", stamp); break;
            case CorrectComplainant: complaint.CorrectComplainant(new ComplainantRules.Valid("Ayşe Yılmaz", "ayse@example.com", null, ContactMethod.Email, null, null), stamp); break;
            case CorrectSubjectStaff: complaint.CorrectSubjectStaff("handler2@demo.local", stamp); break;
            default: throw new ArgumentOutOfRangeException(nameof(move), move, "Not a move on an existing complaint.");
        }
    }
}
