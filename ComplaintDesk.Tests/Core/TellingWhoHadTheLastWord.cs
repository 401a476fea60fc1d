using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Core.Mail;
using ComplaintDesk.Tests.Integration;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core;

/// <summary>
/// A queue row says when the complainant had the last word: their words are the latest move by a person, what the
/// desk's clocks record and assignments aside; a person's next move answers it.
/// </summary>
public class TellingWhoHadTheLastWord : IAsyncLifetime
{
    private readonly CoreDesk _desk;

    public TellingWhoHadTheLastWord()
        : this(new SqliteDesk())
    {
    }

    protected TellingWhoHadTheLastWord(CoreDesk desk) => _desk = desk;

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task The_complainants_words_are_the_last_word_until_a_person_answers_them()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        Assert.False(await WroteLastAsync(reference));

        await _desk.Workflow.ApplyAsync(reference, Actor.Complainant, null, new ComplainantInformationCommand("The receipt is attached."), CancellationToken.None);
        Assert.True(await WroteLastAsync(reference));

        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));
        Assert.False(await WroteLastAsync(reference));
    }

    [Fact]
    public async Task Taking_the_complaint_and_the_desks_own_alerts_are_no_answer()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        await _desk.Workflow.ApplyAsync(reference, Actor.Complainant, null, new ComplainantInformationCommand("Any news?"), CancellationToken.None);
        _desk.Time.Advance(TimeSpan.FromDays(3));
        await _desk.Escalations.SweepAsync(CancellationToken.None);
        var swept = await _desk.Services.GetRequiredService<IComplaintQueries>().GetAsync(reference, _desk.Handler, CancellationToken.None);
        Assert.Equal(ComplaintMove.RaiseAlert, swept.Timeline[^1].Kind);

        await RegisterHandlerAsync();
        await MailDesk.MoveAsync(_desk, reference, new AssignCommand(_desk.Handler.Email));

        Assert.True(await WroteLastAsync(reference));
    }

    // The handler as an administrator would have added them, so an assignment can name them.
    private async Task RegisterHandlerAsync()
    {
        await using var db = _desk.NewContext();
        var role = new IdentityRole(nameof(DeskRole.Handler)) { NormalizedName = nameof(DeskRole.Handler).ToUpperInvariant() };
        db.Roles.Add(role);
        var email = _desk.Handler.Email;
        db.Users.Add(new DeskUser { Id = _desk.Handler.UserId, UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant() });
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = _desk.Handler.UserId, RoleId = role.Id });
        await db.SaveChangesAsync();
    }

    private async Task<bool> WroteLastAsync(string reference)
    {
        var page = await _desk.Services.GetRequiredService<IComplaintQueries>().ListAsync(new ComplaintSearch(PageSize: 200), _desk.Handler, CancellationToken.None);
        return page.Items.Single(row => row.Reference == reference).ComplainantWroteLast;
    }
}
