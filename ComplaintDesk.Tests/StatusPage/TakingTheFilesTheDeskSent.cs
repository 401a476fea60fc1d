using System.Net;
using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Tests.Core;
using ComplaintDesk.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.StatusPage;

/// <summary>
/// The files the desk sent with its question or decision are on the complainant's status page and in its API, and the
/// status link opens them; it opens nothing else: not the complainant's own uploads, not another complaint's files.
/// </summary>
public sealed class TakingTheFilesTheDeskSent(StatusPageApiFactory factory) : IClassFixture<StatusPageApiFactory>
{
    private static readonly byte[] _letter = [0x25, 0x50, 0x44, 0x46, 7, 7, 7];
    private readonly Complainant _complainant = new(factory);

    private IComplaintWorkflow Workflow => factory.Services.GetRequiredService<IComplaintWorkflow>();

    [Fact]
    public async Task The_decisions_letter_is_listed_with_its_address_and_the_link_opens_it()
    {
        var (reference, token) = await DecidedWithAsync(new ArrivingFile("decision letter.pdf", "application/pdf", _letter));

        var decision = (await _complainant.StatusAsync(token))["decision"]!.AsObject();
        var file = Assert.Single(decision["files"]!.AsArray())!.AsObject();
        var url = file["url"]!.GetValue<string>();
        var taken = await _complainant.Http.GetAsync(url);
        var page = await _complainant.Http.GetStringAsync($"/status/{token}");

        Assert.Equal(["text", "remedies", "communicatedAt", "files"], decision.Select(p => p.Key));
        Assert.Equal(("decision letter.pdf", _letter.LongLength), (file["name"]!.GetValue<string>(), file["size"]!.GetValue<long>()));
        Assert.Equal($"/api/public/status/{token}/files/{file["id"]!.GetValue<long>()}", url);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Equal(_letter, await taken.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", taken.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", taken.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains($"href=\"{url}\"", page, StringComparison.Ordinal);
        Assert.NotEmpty(reference);
    }

    [Fact]
    public async Task A_form_sent_with_the_question_is_beside_the_question_on_the_page()
    {
        var (_, token, _) = await AwaitingWithAsync(new ArrivingFile("account form.pdf", "application/pdf", _letter));

        var page = await _complainant.Http.GetStringAsync($"/status/{token}");

        Assert.Matches("id=\"status-question-files\"[^>]*>\\s*<li><a href=\"/api/public/status/[^\"]+/files/\\d+\">account form.pdf</a>", page);
    }

    [Fact]
    public async Task The_link_opens_no_file_the_desk_did_not_send_its_complainant()
    {
        var (reference, awaitingToken, formId) = await AwaitingWithAsync(new ArrivingFile("account form.pdf", "application/pdf", _letter));
        await factory.Services.GetRequiredService<IStatusPageDesk>().AddInformationAsync(
            awaitingToken, "Here is the receipt.", [new ArrivingFile("receipt.png", "image/png", [1, 2, 3])], CancellationToken.None);
        var ownUploadId = await FileIdAsync(reference, ComplaintMove.ComplainantInformation);
        var (_, otherToken) = await DecidedWithAsync(new ArrivingFile("other letter.pdf", "application/pdf", _letter));

        var answers = new[]
        {
            await _complainant.Http.GetAsync($"/api/public/status/{awaitingToken}/files/{ownUploadId}"),
            await _complainant.Http.GetAsync($"/api/public/status/{otherToken}/files/{formId}"),
            await _complainant.Http.GetAsync($"/api/public/status/not-a-token-at-all-000000/files/{formId}"),
            await _complainant.Http.GetAsync($"/api/public/status/{awaitingToken}/files/{formId}"),
        };

        Assert.Equal([404, 404, 404, 200], answers.Select(a => (int)a.StatusCode));
    }

    private async Task<(string Reference, string Token)> DecidedWithAsync(ArrivingFile file)
    {
        var (handler, reference) = await InvestigatingAsync();
        await handler.MoveAsync(reference, "propose-response", new { remedy = "Apology", text = "We apologise." });
        await Workflow.ApplyAsync(reference, Actors.Handler, null,
            new CommunicateDecisionCommand(Channel.Email, "We apologise; our letter is attached.") { Attachments = new AttachmentOptions().Admit([file]) },
            CancellationToken.None);
        return (reference, await _complainant.TokenForAsync(reference));
    }

    /// <returns>The complaint, its status link and the id of the file sent with the question.</returns>
    private async Task<(string Reference, string Token, long FileId)> AwaitingWithAsync(ArrivingFile file)
    {
        var (_, reference) = await InvestigatingAsync();
        await Workflow.ApplyAsync(reference, Actors.Handler, null,
            new AwaitComplainantCommand("Please fill in the attached form.") { Attachments = new AttachmentOptions().Admit([file]) },
            CancellationToken.None);
        return (reference, await _complainant.TokenForAsync(reference), await FileIdAsync(reference, ComplaintMove.AwaitComplainant));
    }

    private async Task<(DeskApi Handler, string Reference)> InvestigatingAsync()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        await handler.MoveAsync(reference, "assign", new { assigneeEmail = "handler@demo.local" });
        await handler.MoveAsync(reference, "acknowledge", new { channel = "Email" });
        await handler.MoveAsync(reference, "assess", new { priority = "Medium", category = "General" });
        await handler.MoveAsync(reference, "investigate");
        return (handler, reference);
    }

    /// <summary>The id of the one file kept with the complaint's latest <paramref name="move"/>, as a supervisor reads it.</summary>
    private async Task<long> FileIdAsync(string reference, ComplaintMove move)
    {
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var complaint = await supervisor.GetAsync(reference);
        var made = complaint["timeline"]!.AsArray().Last(e => e!["kind"]!.GetValue<string>() == move.ToString())!;
        return made["attachments"]!.AsArray().Single()!["id"]!.GetValue<long>();
    }
}
