using System.Net;
using System.Text.Json.Nodes;
using ComplaintDesk.Core.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.StatusPage;

/// <summary>
/// A token nobody was given and the link of a complaint closed more than 90 days ago get the same 404, after the same
/// database work, so neither the answer nor its time tells them apart; the page says the same to a person.
/// </summary>
public sealed class AnsweringUnknownAndExpiredLinksAlike : IClassFixture<AnsweringUnknownAndExpiredLinksAlike.Factory>, IAsyncLifetime
{
    private const string Unknown = "Zz9-Zz9_Zz9-Zz9_Zz9-Zz9_";
    private readonly Factory _factory;
    private readonly Complainant _complainant;
    private string _expired = "";

    public AnsweringUnknownAndExpiredLinksAlike(Factory factory)
    {
        _factory = factory;
        // Before the client exists: the commands the server sends for a request are told apart by the caller's context.
        factory.Server.PreserveExecutionContext = true;
        _complainant = new Complainant(factory);
    }

    public async Task InitializeAsync()
    {
        var (_, _, token) = await _complainant.ComplaintAsync("decided");
        Assert.Equal(HttpStatusCode.NoContent, (await _complainant.PostAsync(token, "accept")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _complainant.ReadAsync(token)).StatusCode);
        _factory.Time.Advance(TimeSpan.FromDays(90));
        _expired = token;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Both_answer_the_same_404_problem()
    {
        var unknown = await _complainant.ReadAsync(Unknown);
        var expired = await _complainant.ReadAsync(_expired);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknown.StatusCode, expired.StatusCode));
        var (unknownBody, expiredBody) = (await WithoutTraceAsync(unknown), await WithoutTraceAsync(expired));
        Assert.Equal(unknownBody, expiredBody);
        Assert.Contains("does not work", unknownBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_send_the_database_the_same_commands_for_a_read_and_for_a_move()
    {
        var unknownRead = await _factory.Commands.DuringAsync(() => _complainant.ReadAsync(Unknown));
        var expiredRead = await _factory.Commands.DuringAsync(() => _complainant.ReadAsync(_expired));
        var unknownMove = await _factory.Commands.DuringAsync(() => _complainant.PostAsync(Unknown, "information", new { text = "Hello?" }));
        var expiredMove = await _factory.Commands.DuringAsync(() => _complainant.PostAsync(_expired, "information", new { text = "Hello?" }));

        Assert.Single(unknownRead);
        Assert.Equal(unknownRead, expiredRead);
        Assert.Equal(unknownRead, unknownMove);
        Assert.Equal(unknownMove, expiredMove);
    }

    [Fact]
    public async Task Both_show_a_person_the_same_page_saying_the_link_does_not_work()
    {
        var unknown = await _complainant.Http.GetAsync($"/status/{Unknown}");
        var expired = await _complainant.Http.GetAsync($"/status/{_expired}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknown.StatusCode, expired.StatusCode));
        Assert.Contains("id=\"status-not-found\"", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("id=\"status-not-found\"", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> WithoutTraceAsync(HttpResponseMessage response)
    {
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("traceId");
        return problem.ToJsonString();
    }

    public sealed class Factory : StatusPageApiFactory
    {
        public CountingCommands Commands { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<DeskDbContext>(options => options.AddInterceptors(Commands)));
        }
    }
}
