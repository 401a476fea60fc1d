using System.Security.Claims;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api;

/// <summary><c>POST /api/v1/complaints/{reference}/{action}</c>: one route per move, each with its own body.</summary>
public static class ComplaintActionEndpoints
{
    public static void MapComplaintActionEndpoints(this RouteGroupBuilder complaints)
    {
        complaints.MapMove<AssignCommand>("assign");
        complaints.MapMove<AcknowledgeCommand>("acknowledge");
        complaints.MapMove<AssessCommand>("assess");
        complaints.MapBodylessMove("investigate", new InvestigateCommand());
        complaints.MapMove<NoteCommand>("note");
        complaints.MapMove<AwaitComplainantCommand>("await-complainant");
        complaints.MapBodylessMove("resume", new ResumeCommand());
        complaints.MapMove<ProposeResponseCommand>("propose-response");
        complaints.MapMove<CommunicateDecisionCommand>("communicate-decision");
        complaints.MapMove<CloseCommand>("close");
        complaints.MapMove<RejectDecisionCommand>("reject-decision");
        complaints.MapMove<WithdrawCommand>("withdraw");
        complaints.MapMove<EscalateCommand>("escalate");
    }

    private static void MapMove<TCommand>(this RouteGroupBuilder complaints, string action)
        where TCommand : ComplaintCommand =>
        complaints.MapPost($"/{{reference}}/{action}", (string reference, TCommand command, HttpContext http, IComplaintWorkflow workflow) =>
            ApplyAsync(reference, command, http, workflow))
            .WithName(action)
            .ProducesMoveProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    // Moves that need no data accept an empty body, or none at all.
    private static void MapBodylessMove(this RouteGroupBuilder complaints, string action, ComplaintCommand command) =>
        complaints.MapPost($"/{{reference}}/{action}", (string reference, HttpContext http, IComplaintWorkflow workflow) =>
            ApplyAsync(reference, command, http, workflow))
            .WithName(action)
            .ProducesMoveProblems();

    // Core refuses bad data (400), a role or someone else's complaint (403), an unknown reference (404), and a
    // move the rules or a stale If-Match do not allow (409).
    private static RouteHandlerBuilder ProducesMoveProblems(this RouteHandlerBuilder move) => move
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<ComplaintDetails>> ApplyAsync(
        string reference, ComplaintCommand command, HttpContext http, IComplaintWorkflow workflow)
    {
        var complaint = await workflow.ApplyAsync(
            reference, http.User.ToActor(), http.Request.ExpectedVersion(), command, http.RequestAborted);
        http.Response.SetVersionTag(complaint.Version);
        return TypedResults.Ok(complaint);
    }
}
