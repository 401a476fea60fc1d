using System.Security.Claims;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Web.Api.Moves;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Api;

/// <summary><c>POST /api/v1/complaints/{reference}/{action}</c>: one route per move, each with its own body.</summary>
public static class ComplaintActionEndpoints
{
    public static void MapComplaintActionEndpoints(this RouteGroupBuilder complaints)
    {
        complaints.MapMove<AssignRequest>("assign");
        complaints.MapMove<AcknowledgeRequest>("acknowledge");
        complaints.MapMove<AssessRequest>("assess");
        complaints.MapBodylessMove("investigate", new InvestigateCommand());
        complaints.MapMove<NoteRequest>("note");
        complaints.MapMove<AwaitComplainantRequest>("await-complainant");
        complaints.MapBodylessMove("resume", new ResumeCommand());
        complaints.MapMove<ProposeResponseRequest>("propose-response");
        complaints.MapMove<CommunicateDecisionRequest>("communicate-decision");
        complaints.MapMove<CloseRequest>("close");
        complaints.MapMove<RejectDecisionRequest>("reject-decision");
        complaints.MapMove<WithdrawRequest>("withdraw");
        complaints.MapMove<EscalateRequest>("escalate");
        complaints.MapMove<MergeRequest>("merge");
        complaints.MapMove<RecordSatisfactionRequest>("record-satisfaction");
        complaints.MapMove<RecordRootCauseRequest>("record-root-cause");
        complaints.MapMove<CorrectComplainantRequest>("correct-complainant");
        complaints.MapMove<CorrectSubjectStaffRequest>("correct-subject-staff");
    }

    private static void MapMove<TRequest>(this RouteGroupBuilder complaints, string action)
        where TRequest : IMoveRequest =>
        complaints.MapPost($"/{{reference}}/{action}", (string reference, TRequest request, HttpContext http, IComplaintWorkflow workflow, IStringLocalizer<DeskText> text) =>
            ApplyAsync(reference, Read(request), http, workflow, text))
            .WithName(action)
            .ProducesMoveProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    // Moves that need no data accept an empty body, or none at all.
    private static void MapBodylessMove(this RouteGroupBuilder complaints, string action, ComplaintCommand command) =>
        complaints.MapPost($"/{{reference}}/{action}", (string reference, HttpContext http, IComplaintWorkflow workflow, IStringLocalizer<DeskText> text) =>
            ApplyAsync(reference, command, http, workflow, text))
            .WithName(action)
            .ProducesMoveProblems();

    // A choice by an unknown name travels with the command, so Core refuses it together with every other bad field.
    private static ComplaintCommand Read(IMoveRequest request)
    {
        var unreadable = new FieldErrors();
        var command = request.ToCommand(unreadable);
        return unreadable.Any ? command with { Unreadable = unreadable.ToDictionary() } : command;
    }

    // Core refuses bad data (400), a role or someone else's complaint (403), an unknown reference (404), and a
    // move the rules or a stale If-Match do not allow (409).
    private static RouteHandlerBuilder ProducesMoveProblems(this RouteHandlerBuilder move) => move
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<ComplaintResponse>> ApplyAsync(
        string reference, ComplaintCommand command, HttpContext http, IComplaintWorkflow workflow, IStringLocalizer<DeskText> text)
    {
        var complaint = await workflow.ApplyAsync(
            reference, http.User.ToActor(), http.Request.ExpectedVersion(), command, http.RequestAborted);
        http.Response.SetVersionTag(complaint.Version);
        return TypedResults.Ok(ComplaintResponse.From(complaint, text));
    }
}
