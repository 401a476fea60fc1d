using System.Net;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Every report route takes months from 2000-01 to the desk's current month; anything else is a 400 on <c>month</c>.</summary>
public sealed class RefusingMonthsOutOfRange(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    public static TheoryData<string, string> Requests()
    {
        var data = new TheoryData<string, string>();
        // The fake clock stands on 23 November 2026: December is still to come.
        foreach (var month in new[] { "9999-12", "0001-01", "1999-12", "2026-12", "2026-13", "2026-00", "2026-1", "garbage" })
        {
            data.Add("POST", $"/api/v1/reports/monthly/{month}");
            data.Add("GET", $"/api/v1/reports/monthly/{month}");
            data.Add("GET", $"/api/v1/reports/monthly/{month}/with-personal-data");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_month_outside_the_range_is_a_field_error_on_month(string method, string path)
    {
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");

        var answer = await supervisor.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = await DeskApi.ProblemAsync(answer);
        Assert.NotEmpty(problem["errors"]!["month"]!.AsArray());
        await supervisor.ConformsAsync(answer);
    }

    [Fact]
    public async Task The_current_month_and_January_2000_are_accepted()
    {
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");

        Assert.Equal(HttpStatusCode.Created, (await supervisor.Http.PostAsync("/api/v1/reports/monthly/2026-11", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.Http.GetAsync("/api/v1/reports/monthly/2000-01")).StatusCode);
    }
}
