using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Core;

/// <summary>
/// Builds a complaint through <see cref="Complaint.Receive"/> and the real moves, so a built
/// complaint is one the domain could really have reached.
/// </summary>
internal sealed class ComplaintBuilder
{
    public static readonly DateTimeOffset DefaultReceivedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(3));

    private ComplaintStatus _state = Received;
    private string? _assignee;
    private string? _subject;
    private DateTimeOffset _receivedAt = DefaultReceivedAt;
    private Priority _priority = Priority.High;
    private int _rejections;
    private Actor _decider = Actors.Supervisor;
    private int _minutes;

    public ComplaintBuilder InState(ComplaintStatus state)
    {
        _state = state;
        return this;
    }

    public ComplaintBuilder AssignedTo(string email)
    {
        _assignee = email;
        return this;
    }

    /// <summary>The staff member the complaint is about.</summary>
    public ComplaintBuilder About(string staffEmail)
    {
        _subject = staffEmail;
        return this;
    }

    public ComplaintBuilder ReceivedAt(DateTimeOffset receivedAt)
    {
        _receivedAt = receivedAt;
        return this;
    }

    public ComplaintBuilder WithPriority(Priority priority)
    {
        _priority = priority;
        return this;
    }

    /// <summary>The complainant rejected the decision this many times before the complaint goes on to its state.</summary>
    public ComplaintBuilder RejectedTimes(int rejections)
    {
        _rejections = rejections;
        return this;
    }

    /// <summary>The person who communicates each decision (a supervisor unless told).</summary>
    public ComplaintBuilder DecidedBy(Actor decider)
    {
        _decider = decider;
        return this;
    }

    public Complaint Build()
    {
        var input = NewComplaints.Valid(_receivedAt) with { SubjectStaffEmail = _subject, Priority = _priority };
        var complaint = Complaint.Receive(input, null, "CMP-2026-000001", Priority.Medium, new Stamp(_receivedAt, Actors.Supervisor));
        if (_assignee is not null)
        {
            complaint.Assign(_assignee, NextStamp());
        }

        for (var i = 0; i < _rejections; i++)
        {
            WalkTo(complaint, DecisionCommunicated);
            complaint.RejectDecision("The complainant finds the refund too small.", NextStamp());
        }

        WalkTo(complaint, _state);
        return complaint;
    }

    private void WalkTo(Complaint complaint, ComplaintStatus target)
    {
        while (complaint.Status != target)
        {
            Step(complaint, target);
        }
    }

    private void Step(Complaint complaint, ComplaintStatus target)
    {
        var stamp = NextStamp();
        switch (complaint.Status)
        {
            case var open when open.IsOpen() && target == Withdrawn:
                complaint.Withdraw("The complainant withdrew the complaint.", stamp);
                break;
            case Received:
                complaint.Acknowledge(Channel.Email, "We have your complaint.", stamp);
                break;
            case Acknowledged:
                complaint.Assess(_priority, new Category("Delivery"), null, null, stamp);
                break;
            case Assessed:
                complaint.Investigate(stamp);
                break;
            case InInvestigation when target == AwaitingComplainant:
                complaint.AwaitComplainant("Which order number was it?", stamp);
                break;
            case InInvestigation:
                complaint.ProposeResponse(RemedyType.Refund, "We refund the delivery fee.", stamp);
                break;
            case AwaitingComplainant:
                complaint.Resume(stamp);
                break;
            case ResponseReady:
                complaint.CommunicateDecision(Channel.Email, "We refunded the delivery fee.", stamp with { Actor = _decider });
                break;
            case DecisionCommunicated when target == Closed:
                complaint.Close(ClosingOutcome.Accepted, null, null, null, stamp);
                break;
            default:
                throw new InvalidOperationException($"The builder can't go from {complaint.Status} to {target}.");
        }
    }

    private Stamp NextStamp() => new(_receivedAt.AddMinutes(++_minutes), Actors.Supervisor);
}
