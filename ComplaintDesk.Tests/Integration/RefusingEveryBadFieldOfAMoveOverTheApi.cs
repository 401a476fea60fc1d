using System.Net;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// A move sent with several bad fields answers 400 naming every one of them, a choice by an unknown name among
/// them in the same list under its own field, and writes nothing.
/// </summary>
public sealed class RefusingEveryBadFieldOfAMoveOverTheApi(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    private static readonly string _tooLong = new('x', 8_001);

    [Fact]
    public async Task A_closing_with_an_unknown_outcome_a_bad_score_and_a_long_comment_names_all_three()
    {
        var api = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = await ComplaintAt.DecisionCommunicatedAsync(api);

        var errors = await RefusedAsync(api, reference, "close", new { outcome = "Happy", satisfaction = 9, comment = _tooLong });

        Assert.Equal(["comment", "outcome", "satisfaction"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["'Happy' is not one of: Accepted, NoReply."], errors["outcome"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Fact]
    public async Task An_assessment_with_an_unknown_priority_and_category_names_both_with_the_long_notes()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();
        await api.MoveAsync(reference, "acknowledge", new { channel = "Email" });

        var errors = await RefusedAsync(api, reference, "assess", new { priority = "Urgent", category = "Nowhere", notes = _tooLong });

        Assert.Equal(["category", "notes", "priority"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("Critical", errors["priority"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acknowledge", "channel", "Web, Email")]
    [InlineData("propose-response", "remedy", "Apology")]
    [InlineData("communicate-decision", "channel", "SocialMedia")]
    public async Task A_choice_by_an_unknown_name_is_refused_on_its_field_with_the_names_that_would_do(string action, string field, string choices)
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();
        if (action != "acknowledge")
        {
            await api.MoveAsync(reference, "acknowledge", new { channel = "Email" });
            await api.MoveAsync(reference, "assess", new { priority = "Low", category = "General" });
            await api.MoveAsync(reference, "investigate");
        }

        if (action == "communicate-decision")
        {
            await api.MoveAsync(reference, "propose-response", new { remedy = "Apology", text = "Sorry." });
        }

        var errors = await RefusedAsync(api, reference, action, new JsonObject { [field] = "Pigeon", ["text"] = "Sorry." });

        Assert.Equal(field, Assert.Single(errors).Key);
        Assert.Contains(choices, errors[field]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<JsonObject> RefusedAsync(DeskApi api, string reference, string action, object body)
    {
        var version = (await api.GetAsync(reference))["version"]!.GetValue<int>();

        var response = await api.ActAsync(reference, action, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(version, (await api.GetAsync(reference))["version"]!.GetValue<int>());
        return (await DeskApi.ProblemAsync(response))["errors"]!.AsObject();
    }
}
