using ComplaintDesk.Core.Mail;
using Hangfire;

namespace ComplaintDesk.Web.Mail;

/// <summary>The desk's words for its messages, and Hangfire as the outbox's trigger and minute sweep.</summary>
public static class MailSetup
{
    public static WebApplicationBuilder AddDeskMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddDeskWording();
        builder.Services.AddSingleton<IMailDispatch, HangfireMailDispatch>();
        // Messages wait beside the database by default; a relative folder is under the content root, like the database's.
        builder.Services.PostConfigure<MailOptions>(options =>
            options.PickupDirectory = Path.Combine(builder.Environment.ContentRootPath, options.PickupDirectory));
        return builder;
    }

    /// <summary>The words of messages and replies: templates, the values of their placeholders, and the composer.</summary>
    public static IServiceCollection AddDeskWording(this IServiceCollection services) => services
        .AddSingleton<TemplateWords>()
        .AddSingleton<PlaceholderValues>()
        .AddSingleton<IMailComposer, MailComposer>()
        .AddSingleton<Features.Complaints.ReplyTexts>();

    public static void MapDeskMail(this WebApplication app)
    {
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<MailSendJob>(MailSendJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely(), new RecurringJobOptions());
        app.Services.GetRequiredService<IMailDispatch>().SendNow();
    }
}
