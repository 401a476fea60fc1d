using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Templates;
using ComplaintDesk.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Mail;

/// <summary>A message is worded from the administrators' template for its kind and language while there is one, and from the shipped words once it is reset.</summary>
public sealed class ComposingFromAnAdministratorsTemplate : IAsyncLifetime
{
    private readonly SqliteDesk _desk = new();

    private ITemplateDesk Templates => _desk.Services.GetRequiredService<ITemplateDesk>();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task The_saved_template_words_the_message_with_its_placeholders_filled()
    {
        await SaveAsync("en");
        var reference = await MailDesk.ReceiveAsync(_desk);

        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));

        var message = Assert.Single(await MailDesk.MessagesAsync(_desk, reference));
        Assert.Equal($"Got it: {reference}", message.Subject);
        Assert.StartsWith("Hello Deniz Arslan, we will be back to you by ", message.Body, StringComparison.Ordinal);
        Assert.EndsWith($"/status/{await MailDesk.StatusTokenAsync(_desk, reference)}", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_in_another_language_leaves_this_one_shipped()
    {
        await SaveAsync("tr-TR");
        var reference = await MailDesk.ReceiveAsync(_desk);

        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));

        Assert.Equal($"We have received your complaint {reference}", Assert.Single(await MailDesk.MessagesAsync(_desk, reference)).Subject);
    }

    [Fact]
    public async Task Once_reset_the_shipped_words_come_back()
    {
        var saved = await SaveAsync("en");
        await Templates.ResetAsync(TemplatePurpose.Mail, MessageKind.Acknowledgement, "en", saved.Version, Actors.Administrator, CancellationToken.None);
        var reference = await MailDesk.ReceiveAsync(_desk);

        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));

        Assert.Equal($"We have received your complaint {reference}", Assert.Single(await MailDesk.MessagesAsync(_desk, reference)).Subject);
    }

    private Task<TemplateView> SaveAsync(string culture) => Templates.SaveAsync(
        new TemplateChange(TemplatePurpose.Mail, MessageKind.Acknowledgement, culture, "Got it: {reference}",
            "Hello {name}, we will be back to you by {decisionExpectedBy}. {statusLink}", null),
        Actors.Administrator, CancellationToken.None);
}
