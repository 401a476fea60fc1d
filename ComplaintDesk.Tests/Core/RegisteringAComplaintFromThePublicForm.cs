using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Intake;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core;

/// <summary>
/// ISO 10002 4.3 and 7.2: a complainant sends a complaint on the public form; it registers on channel Web as theirs,
/// unassigned, in their language, with the status link they follow it by, under every intake rule.
/// </summary>
public sealed class RegisteringAComplaintFromThePublicForm : IAsyncLifetime
{
    private readonly SqliteDesk _desk = new();

    private IPublicIntake Intake => _desk.Services.GetRequiredService<IPublicIntake>();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task A_complaint_sent_on_the_form_is_the_complainants_on_the_web_channel_with_a_working_status_link()
    {
        var receipt = await Intake.SubmitAsync(
            new PublicComplaint(new ComplainantDetails("Zeynep Aydın", "zeynep@example.com", null, ContactMethod.Email), "Kettle K-300", "It leaks.", "A new one."),
            "tr-TR",
            CancellationToken.None);

        var complaint = await _desk.Services.GetRequiredService<IComplaintQueries>().GetAsync(receipt.Reference, _desk.Handler, CancellationToken.None);
        Assert.Equal(
            (ComplaintStatus.Received, Channel.Web, null, "Kettle K-300", "It leaks.", "A new one.", "tr-TR"),
            (complaint.Status, complaint.Intake.Channel, complaint.Assignment.Assignee, complaint.Intake.ProductOrService,
                complaint.Intake.Description, complaint.Intake.DesiredOutcome, complaint.ComplainantLanguage));
        Assert.Equal("complainant", Assert.Single(complaint.Timeline).Actor);
        Assert.Equal(_desk.Time.GetUtcNow(), complaint.Intake.ReceivedAt);
        var status = await _desk.Services.GetRequiredService<IStatusPageDesk>().ReadAsync(receipt.Token, CancellationToken.None);
        Assert.Equal((receipt.Reference, StatusStage.Received), (status!.Reference, status.Stage));
    }

    [Fact]
    public async Task A_complaint_missing_what_every_intake_needs_is_refused_naming_each_field_and_nothing_is_written()
    {
        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => Intake.SubmitAsync(
            new PublicComplaint(new ComplainantDetails("", "not an address", null, ContactMethod.Email), " ", null),
            "en",
            CancellationToken.None));

        Assert.Equal(["complainant.email", "complainant.name", "description", "productOrService"], refusal.Errors.Keys.Order());
        await using var db = _desk.NewContext();
        Assert.Equal((0, 0), (await db.Complaints.CountAsync(), await db.StatusLinks.CountAsync()));
    }
}
