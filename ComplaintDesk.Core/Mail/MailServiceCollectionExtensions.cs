using ComplaintDesk.Core.Mail.Inbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// The outbox and the way out its settings choose, and the intake of mail from complainants. The host gives the words
    /// (<see cref="IMailComposer"/>, <see cref="IInboundMailWords"/>) and the triggers (<see cref="IMailDispatch"/>, and
    /// a round of <see cref="InboundPickup"/> every few seconds).
    /// </summary>
    public static IServiceCollection AddDeskMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => MimeKit.MailboxAddress.TryParse(o.From, out _), "Desk:Mail:From must be an e-mail address, optionally with a name.")
            .Validate(o => o.SendsBySmtp || !string.IsNullOrWhiteSpace(o.PickupDirectory), "Desk:Mail needs Smtp:Host or a PickupDirectory.")
            .Validate(o => o.Smtp.Port is > 0 and < 65536, "Desk:Mail:Smtp:Port must be a TCP port.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.InboundDirectory), "Desk:Mail:InboundDirectory must name a folder.")
            .Validate(o => o.Imap.Port is > 0 and < 65536, "Desk:Mail:Imap:Port must be a TCP port.")
            .Validate(o => !o.ReceivesByImap || !string.IsNullOrWhiteSpace(o.Imap.Folder), "Desk:Mail:Imap:Folder must name a folder.")
            .ValidateOnStart();
        services.AddSingleton<IMailTransport>(provider => provider.GetRequiredService<IOptions<MailOptions>>().Value.SendsBySmtp
            ? ActivatorUtilities.CreateInstance<SmtpTransport>(provider)
            : ActivatorUtilities.CreateInstance<PickupDirectoryTransport>(provider));
        services.AddSingleton<ComplainantMail>();
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<IComplaintMail, ComplaintMail>();
        services.AddSingleton<MailIntake>();
        services.AddSingleton<InboundFolder>();
        services.AddSingleton<ImapInbox>();
        services.AddSingleton<InboundPickup>();
        return services;
    }
}
