using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Tests.Core.Mail;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core;

/// <summary>
/// ISO 10002 4.6, Annex D: the staff member a complaint is about is named, changed or cleared while it is open, once
/// that is known better; whoever it is about may not work it from then on, and whoever has it cannot become its subject.
/// </summary>
public sealed class CorrectingWhoAComplaintIsAbout : IAsyncLifetime
{
    private const string Colleague = "handler2@demo.local";
    private readonly SqliteDesk _desk = new();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task A_named_staff_member_is_recorded_on_the_timeline_and_may_no_longer_work_the_complaint()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);

        var corrected = await CorrectAsync(reference, " Handler2@Demo.Local ");

        Assert.Equal(Colleague, corrected.Assignment.SubjectStaffEmail);
        var recorded = corrected.Timeline[^1];
        Assert.Equal((ComplaintMove.CorrectSubjectStaff, "4.6"), (recorded.Kind, recorded.Clause));
        Assert.Equal($"Now about staff member {Colleague}", InEnglish.Word(recorded.Summary));
        await Assert.ThrowsAsync<MoveRefusedException>(() =>
            _desk.Workflow.ApplyAsync(reference, Actors.Handler2, null, new NoteCommand("I was not there that day."), CancellationToken.None));
    }

    [Fact]
    public async Task Cleared_it_is_about_nobody_and_the_timeline_says_so()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        await CorrectAsync(reference, Colleague);

        var cleared = await CorrectAsync(reference, "  ");

        Assert.Null(cleared.Assignment.SubjectStaffEmail);
        Assert.Equal("No longer about a staff member", InEnglish.Word(cleared.Timeline[^1].Summary));
    }

    [Fact]
    public async Task Whoever_has_the_complaint_cannot_become_its_subject_and_nothing_is_written()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        await CorrectAsync(reference, Colleague);
        // The handler's first move takes the complaint.
        var before = await _desk.Workflow.ApplyAsync(reference, _desk.Handler, null, new AcknowledgeCommand(Channel.Email), CancellationToken.None);
        Assert.Equal(_desk.Handler.Email, before.Assignment.Assignee);

        await Assert.ThrowsAsync<MoveRefusedException>(() => CorrectAsync(reference, _desk.Handler.Email));
        await Assert.ThrowsAsync<MoveRefusedException>(() => CorrectAsync(reference, Colleague));
        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => CorrectAsync(reference, "not an address"));

        Assert.Equal(["subjectStaffEmail"], refusal.Errors.Keys);
        var after = await _desk.Services.GetRequiredService<IComplaintQueries>().GetAsync(reference, _desk.Handler, CancellationToken.None);
        Assert.Equal((before.Version, Colleague), (after.Version, after.Assignment.SubjectStaffEmail));
    }

    private Task<ComplaintDetails> CorrectAsync(string reference, string? email) =>
        _desk.Workflow.ApplyAsync(reference, Actors.Supervisor, null, new CorrectSubjectStaffCommand(email), CancellationToken.None);
}
