using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Templates;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Templates;

/// <summary>
/// Administrators save and reset templates on a real database: each change names the version it started from, so a
/// change someone made meanwhile is refused and nothing is written; every save and reset is an audit event.
/// </summary>
public class KeepingTemplates : IAsyncLifetime
{
    private const string Subject = "Received: {reference}";
    private const string Body = "Dear {name}, expect us by {decisionExpectedBy}. {statusLink}";
    private readonly CoreDesk _desk;

    public KeepingTemplates()
        : this(new SqliteDesk())
    {
    }

    protected KeepingTemplates(CoreDesk desk) => _desk = desk;

    private ITemplateDesk Templates => _desk.Services.GetRequiredService<ITemplateDesk>();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task A_save_stores_the_words_for_the_kind_and_language_and_is_audited()
    {
        var saved = await SaveAsync(null, "tr");

        Assert.Equal(("tr-TR", Subject, Body, 1), (saved.Culture, saved.Subject, saved.Body, saved.Version));
        Assert.Equal(saved, await Templates.FindAsync(TemplatePurpose.Mail, MessageKind.Acknowledgement, "tr-TR", CancellationToken.None));
        Assert.Null(await Templates.FindAsync(TemplatePurpose.Mail, MessageKind.Acknowledgement, "en", CancellationToken.None));
        var audit = Assert.Single(await AuditAsync());
        Assert.Equal(Actors.Administrator.Email, audit.ActorEmail);
        Assert.Contains(TemplateKeys.Saved, audit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_from_a_version_someone_else_replaced_is_refused_and_writes_nothing()
    {
        await SaveAsync(null);
        await SaveAsync(1, body: "Second admin's words: {decisionExpectedBy} {statusLink}");

        var refused = await Assert.ThrowsAsync<MoveRefusedException>(() => SaveAsync(1, body: "First admin's words: {decisionExpectedBy} {statusLink}"));

        Assert.Equal(TemplateKeys.ChangedMeanwhile, refused.Text.Key);
        var kept = await Templates.FindAsync(TemplatePurpose.Mail, MessageKind.Acknowledgement, "en", CancellationToken.None);
        Assert.Equal(("Second admin's words: {decisionExpectedBy} {statusLink}", 2), (kept!.Body, kept.Version));
        Assert.Equal(2, (await AuditAsync()).Count);
    }

    [Fact]
    public async Task A_first_save_over_one_someone_else_made_meanwhile_is_refused()
    {
        await SaveAsync(null);

        await Assert.ThrowsAsync<MoveRefusedException>(() => SaveAsync(null));
    }

    [Fact]
    public async Task Reset_deletes_the_override_and_is_audited()
    {
        await SaveAsync(null);

        await Templates.ResetAsync(TemplatePurpose.Mail, MessageKind.Acknowledgement, "en", 1, Actors.Administrator, CancellationToken.None);

        Assert.Empty(await Templates.ListAsync(CancellationToken.None));
        Assert.Contains(await AuditAsync(), e => e.Message!.Contains(TemplateKeys.Reset, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reset_of_a_version_someone_else_replaced_is_refused()
    {
        await SaveAsync(null);
        await SaveAsync(1);

        await Assert.ThrowsAsync<MoveRefusedException>(() =>
            Templates.ResetAsync(TemplatePurpose.Mail, MessageKind.Acknowledgement, "en", 1, Actors.Administrator, CancellationToken.None));

        Assert.Single(await Templates.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_unknown_placeholder_is_refused_on_save_and_nothing_is_written()
    {
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => SaveAsync(null, body: "Dear {nmae}, {decisionExpectedBy} {statusLink}"));

        Assert.Equal("nmae", Assert.Single(refused.Errors["body"]).Arguments[0]);
        Assert.Empty(await Templates.ListAsync(CancellationToken.None));
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task A_language_the_desk_does_not_speak_is_refused()
    {
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => SaveAsync(null, "de"));

        Assert.True(refused.Errors.ContainsKey("culture"));
    }

    [Fact]
    public async Task Only_an_administrator_may_change_templates()
    {
        await Assert.ThrowsAsync<NotPermittedException>(() => Templates.SaveAsync(
            new TemplateChange(TemplatePurpose.Mail, MessageKind.Acknowledgement, "en", Subject, Body, null), Actors.Supervisor, CancellationToken.None));
    }

    private Task<TemplateView> SaveAsync(int? version, string culture = "en", string body = Body) => Templates.SaveAsync(
        new TemplateChange(TemplatePurpose.Mail, MessageKind.Acknowledgement, culture, Subject, body, version), Actors.Administrator, CancellationToken.None);

    private async Task<List<AuditEvent>> AuditAsync()
    {
        await using var db = _desk.NewContext();
        return await db.AuditEvents.Where(e => e.Area == AuditAreas.Templates).ToListAsync();
    }
}
