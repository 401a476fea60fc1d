using System.Net;
using System.Net.Http.Json;
using System.Text;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Unreadable requests and unexpected failures answer ProblemDetails in the desk's words: no framework text reaches a caller.</summary>
public sealed class HidingFrameworkErrors(HidingFrameworkErrors.BrokenListDesk factory) : IClassFixture<HidingFrameworkErrors.BrokenListDesk>
{
    private static readonly string[] _frameworkWords = ["Exception", "System.", "Microsoft.", "Failed to bind", "Int32", "int?", "String", "JSON value could not", "   at "];

    [Fact]
    public async Task A_body_that_is_not_json_is_a_field_error_in_plain_words()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var answer = await api.Http.PostAsync("/api/v1/complaints", new StringContent("{ \"channel\": [1, ", Encoding.UTF8, "application/json"));

        await AssertPlainAsync(answer, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_is_an_error_on_that_field()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var answer = await api.Http.PostAsync("/api/v1/complaints", new StringContent("{ \"channel\": [1], \"description\": 5 }", Encoding.UTF8, "application/json"));

        var problem = await AssertPlainAsync(answer, HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["channel"]);
    }

    [Fact]
    public async Task A_body_of_another_content_type_is_a_415_in_plain_words()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var answer = await api.Http.PostAsync("/api/v1/complaints", new StringContent("channel=Phone", Encoding.UTF8, "application/x-www-form-urlencoded"));

        var problem = await AssertPlainAsync(answer, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(415, problem["status"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("page=abc", "page")]
    [InlineData("page=2147483648", "page")]
    [InlineData("pageSize=1e3", "pageSize")]
    public async Task A_query_value_that_does_not_bind_is_an_error_on_that_parameter(string query, string field)
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var answer = await api.Http.GetAsync($"/api/v1/alerts?open=maybe&{query}");
        var list = await api.Http.GetAsync($"/api/v1/complaints?{query}");

        Assert.NotNull((await AssertPlainAsync(answer, HttpStatusCode.BadRequest))["errors"]!["open"]);
        Assert.NotNull((await AssertPlainAsync(list, HttpStatusCode.BadRequest))["errors"]![field]);
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_without_its_message()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var answer = await api.Http.GetAsync("/api/v1/complaints/CMP-2026-000001");

        var problem = await AssertPlainAsync(answer, HttpStatusCode.InternalServerError);
        Assert.Null(problem["detail"]);
        Assert.DoesNotContain(BrokenQueries.Secret, problem.ToJsonString(), StringComparison.Ordinal);
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> AssertPlainAsync(HttpResponseMessage answer, HttpStatusCode status)
    {
        Assert.Equal(status, answer.StatusCode);
        var problem = await DeskApi.ProblemAsync(answer);
        var text = problem.ToJsonString();
        Assert.All(_frameworkWords, word => Assert.DoesNotContain(word, text, StringComparison.Ordinal));
        return problem;
    }

    /// <summary>A desk whose single-complaint read fails unexpectedly, the way a broken database would.</summary>
    public sealed class BrokenListDesk : DeskApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IComplaintQueries>(
                provider => new BrokenQueries(ActivatorUtilities.CreateInstance<ComplaintQueries>(provider)))));
        }
    }

    private sealed class BrokenQueries(ComplaintQueries real) : IComplaintQueries
    {
        public const string Secret = "SQLite Error 11: database disk image is malformed at /srv/secret.db";

        public Task<ComplaintDetails> GetAsync(string reference, Actor actor, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);

        public Task<Page<ComplaintSummary>> ListAsync(ComplaintSearch search, Actor actor, CancellationToken cancellationToken) =>
            real.ListAsync(search, actor, cancellationToken);
    }
}
