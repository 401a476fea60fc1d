using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// A new complaint sent with several bad fields answers 400 naming every one of them, the choices and times the API
/// could not read in the same list as Core's findings, each in its own words, and stores nothing.
/// </summary>
public sealed class RefusingEveryBadFieldOfANewComplaintOverTheApi(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task An_unknown_channel_an_unknown_priority_and_no_description_are_named_together()
    {
        var errors = await RefusedAsync(Body(channel: "Fax", priority: "Urgent", description: null));

        Assert.Equal(["channel", "description", "priority"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["'Fax' is not one of: Web, Email, Phone, Letter, InPerson, SocialMedia."], Messages(errors, "channel"));
        Assert.Equal(["'Urgent' is not one of: Low, Medium, High, Critical."], Messages(errors, "priority"));
        Assert.Equal(["Describe the complaint."], Messages(errors, "description"));
    }

    [Fact]
    public async Task A_blank_channel_is_a_missing_one()
    {
        var errors = await RefusedAsync(Body(channel: "  "));

        Assert.Equal(["Choose the channel the complaint came through."], Messages(errors, "channel"));
        Assert.Single(errors);
    }

    [Fact]
    public async Task A_receipt_time_without_an_offset_is_named_once_in_its_own_words()
    {
        var errors = await RefusedAsync(Body(receivedAt: "2026-11-23T10:00:00"));

        Assert.Equal(["Use an ISO 8601 date and time with an offset, like 2026-11-23T14:30:00+03:00."], Messages(errors, "receivedAt"));
        Assert.Single(errors);
    }

    [Fact]
    public async Task An_unknown_way_of_contact_is_named_with_the_complainants_other_problems()
    {
        var errors = await RefusedAsync(Body(complainant: new { name = " ", email = "ali@", preferredContact = "Pigeon" }));

        Assert.Equal(["complainant.email", "complainant.name", "complainant.preferredContact"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["'Pigeon' is not one of: Email, Phone, Letter."], Messages(errors, "complainant.preferredContact"));
    }

    private static object Body(
        string channel = "Phone", string? priority = null, string? receivedAt = null, object? complainant = null,
        string? description = "The kettle leaks from the base.") => new
    {
        channel,
        receivedAt,
        complainant = complainant ?? new { name = "Ali Veli", email = "ali@example.com", preferredContact = "Email" },
        productOrService = "Kettle K-200",
        description,
        priority,
    };

    private static string[] Messages(JsonObject errors, string field) => [.. errors[field]!.AsArray().Select(m => m!.GetValue<string>())];

    private async Task<JsonObject> RefusedAsync(object body)
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var totalBefore = await TotalAsync(api);

        var response = await api.Http.PostAsJsonAsync("/api/v1/complaints", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(totalBefore, await TotalAsync(api));
        return (await DeskApi.ProblemAsync(response))["errors"]!.AsObject();
    }

    private static async Task<int> TotalAsync(DeskApi api) =>
        (await api.Http.GetFromJsonAsync<JsonObject>("/api/v1/complaints?pageSize=1"))!["total"]!.GetValue<int>();
}
