using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Intake and assessment accept only active categories; complaints already in a retired one keep it.</summary>
public sealed class RefusingRetiredCategories(DeskApiFactory app) : IClassFixture<DeskApiFactory>
{
    private async Task<string> RetiredCategoryAsync(string name, Func<Task>? beforeRetiring = null)
    {
        var admin = await DeskApi.SignInAsync(app, "admin@demo.local");
        (await admin.Http.PostAsJsonAsync("/api/v1/categories", new { name })).EnsureSuccessStatusCode();
        if (beforeRetiring is not null)
        {
            await beforeRetiring();
        }

        (await admin.Http.PostAsync($"/api/v1/categories/{Uri.EscapeDataString(name)}/retire", null)).EnsureSuccessStatusCode();
        return name;
    }

    private static async Task<int> TotalAsync(DeskApi api) =>
        (await api.Http.GetFromJsonAsync<JsonObject>("/api/v1/complaints?pageSize=1"))!["total"]!.GetValue<int>();

    [Fact]
    public async Task Intake_refuses_a_retired_category_as_a_field_error_on_category_and_writes_nothing()
    {
        var handler = await DeskApi.SignInAsync(app, "handler@demo.local");
        var retired = await RetiredCategoryAsync("Seasonal offers");
        var before = await TotalAsync(handler);

        var response = await handler.Http.PostAsJsonAsync("/api/v1/complaints", DeskApi.NewComplaintBody(category: retired));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await DeskApi.ProblemAsync(response))["errors"]!["category"]![0]!.GetValue<string>();
        Assert.Contains("'Seasonal offers' is retired", message);
        Assert.Equal(before, await TotalAsync(handler));
    }

    [Fact]
    public async Task Intake_refuses_an_unknown_category_as_a_field_error_on_category()
    {
        var handler = await DeskApi.SignInAsync(app, "handler@demo.local");

        var response = await handler.Http.PostAsJsonAsync("/api/v1/complaints", DeskApi.NewComplaintBody(category: "Spaceships"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not one of this desk's categories", (await DeskApi.ProblemAsync(response))["errors"]!["category"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Assessment_refuses_a_retired_category_and_the_complaint_stays_as_it_was()
    {
        var handler = await DeskApi.SignInAsync(app, "handler@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        var acknowledged = await handler.MoveAsync(reference, "acknowledge", new { channel = "Email" });
        var retired = await RetiredCategoryAsync("Gift cards");

        var response = await handler.ActAsync(reference, "assess", new { priority = "High", category = retired });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is retired", (await DeskApi.ProblemAsync(response))["errors"]!["category"]![0]!.GetValue<string>());
        var after = await handler.GetAsync(reference);
        Assert.Equal(acknowledged["version"]!.GetValue<int>(), after["version"]!.GetValue<int>());
        Assert.Equal(("Acknowledged", "Product quality"), (after["status"]!.GetValue<string>(), after["category"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_complaint_already_in_a_category_keeps_it_when_it_is_retired()
    {
        var handler = await DeskApi.SignInAsync(app, "handler@demo.local");
        string? reference = null;

        await RetiredCategoryAsync("Loyalty cards", async () =>
            reference = (await handler.ReceiveAsync(DeskApi.NewComplaintBody(category: "Loyalty cards")))["reference"]!.GetValue<string>());

        Assert.Equal("Loyalty cards", (await handler.GetAsync(reference!))["category"]!.GetValue<string>());
    }
}
