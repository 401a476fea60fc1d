using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Mail.Inbound;
using Hangfire;

namespace ComplaintDesk.Web.Mail;

/// <summary>
/// The desk's words for its messages, Hangfire as the outbox's trigger and minute sweep, and the poller that takes in
/// mail from complainants.
/// </summary>
public static class MailSetup
{
    public static WebApplicationBuilder AddDeskMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddDeskWording();
        builder.Services.AddSingleton<IMailDispatch, HangfireMailDispatch>();
        builder.Services.AddHostedService<InboundMailPoller>();
        // Messages wait beside the database by default; a relative folder is under the content root, like the database's.
        builder.Services.PostConfigure<MailOptions>(options =>
        {
            options.PickupDirectory = Path.Combine(builder.Environment.ContentRootPath, options.PickupDirectory);
            options.InboundDirectory = Path.Combine(builder.Environment.ContentRootPath, options.InboundDirectory);
        });
        return builder;
    }

    /// <summary>The words of messages and replies (templates, their placeholders' values, the composer) and of complaints made from mail.</summary>
    public static IServiceCollection AddDeskWording(this IServiceCollection services) => services
        .AddSingleton<TemplateWords>()
        .AddSingleton<PlaceholderValues>()
        .AddSingleton<IMailComposer, MailComposer>()
        .AddSingleton<IInboundMailWords, InboundMailWords>()
        .AddSingleton<Features.Complaints.ReplyTexts>();

    public static void MapDeskMail(this WebApplication app)
    {
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<MailSendJob>(MailSendJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely(), new RecurringJobOptions());
        app.Services.GetRequiredService<IMailDispatch>().SendNow();
    }
}
