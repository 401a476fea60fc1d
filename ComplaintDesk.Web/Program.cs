using ComplaintDesk.Core;
using ComplaintDesk.Web.Api;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Components;
using ComplaintDesk.Web.Features.StatusPage;
using ComplaintDesk.Web.Hosting;
using ComplaintDesk.Web.Hubs;
using ComplaintDesk.Web.Jobs;
using ComplaintDesk.Web.Localization;
using ComplaintDesk.Web.Mail;

if (args is [CreateAdminCommand.Name, .. var commandArgs])
{
    Environment.ExitCode = await CreateAdminCommand.RunAsync(commandArgs, Console.In, Console.Out, Console.Error);
    return;
}

var builder = WebApplication.CreateBuilder(args);

// Serve assets from the build output in every environment, not only Development (a no-op once published).
builder.WebHost.UseStaticWebAssets();

builder.Services.AddComplaintDeskCore(builder.Configuration);
builder.AddDeskDatabase();
builder.Services.AddDeskAuthentication();
builder.Services.AddDeskAccess(builder.Configuration);
builder.Services.AddDeskEdge(builder.Configuration);
builder.Services.AddDeskLocalization(builder.Configuration);
builder.Services.AddDeskHealth(builder.Configuration);
builder.Services.AddDeskApi();
builder.Services.AddDeskHub(builder.Configuration);
builder.Services.AddDeskJobs(builder.Configuration);
builder.AddDeskMail();
builder.Services.AddDeskUi();
builder.Services.AddDeskStatusPage(builder.Configuration);
builder.Services.AddDeskPublicIntake(builder.Configuration);
builder.Services.AddDeskStartup(builder.Configuration);

var app = builder.Build();

await app.PrepareDeskDatabaseAsync();

app.UseDeskEdge();
app.UseDeskLocalization();
app.UseExceptionHandler();
app.UseDeskStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseIntakeKeyGate();
app.UsePublicUploads();
app.UseAntiforgery();
app.UseDeskStatusPage();

app.MapStaticAssets();
app.MapDeskHealth();
app.MapDeskApi();
app.MapDeskHub();
app.MapDeskJobs();
app.MapDeskMail();
app.MapAccountEndpoints();
app.MapStatusLanguage();
app.MapDeskUi();

await app.RunAsync();

/// <summary>The web app's entry point; public so tests can host it.</summary>
public partial class Program;
