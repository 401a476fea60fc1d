using System.Net;
using System.Net.Http.Json;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// The complainant object takes an optional <c>language</c>: one the desk speaks is stored by the desk's name for it,
/// leaving it out registers as before (the desk's language), and one the desk does not speak is a field error.
/// </summary>
public sealed class RegisteringTheComplainantsLanguageOverTheApi(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task A_language_the_desk_speaks_is_stored()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var created = await api.ReceiveAsync(Body(new { name = "Ali Veli", email = "ali@example.com", preferredContact = "Email", language = "tr" }));

        Assert.Equal("tr-TR", await LanguageAsync(created["reference"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Leaving_it_out_registers_as_before_in_the_desks_language()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var created = await api.ReceiveAsync(Body(new { name = "Ali Veli", email = "ali@example.com", preferredContact = "Email" }));

        Assert.Null(await LanguageAsync(created["reference"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_language_the_desk_does_not_speak_is_a_field_error_naming_it()
    {
        var api = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var response = await api.Http.PostAsJsonAsync("/api/v1/complaints",
            Body(new { name = "Ali Veli", email = "ali@example.com", preferredContact = "Email", language = "klingon" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await DeskApi.ProblemAsync(response))["errors"]!.AsObject();
        Assert.Equal(["complainant.language"], errors.Select(e => e.Key));
        Assert.Equal("'klingon' is not one of: tr-TR, en.", errors["complainant.language"]![0]!.GetValue<string>());
    }

    private static object Body(object complainant) => new
    {
        channel = "Phone",
        complainant,
        productOrService = "Kettle K-200",
        category = "Product quality",
        description = "The kettle leaks from the base.",
    };

    private async Task<string?> LanguageAsync(string reference)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContextAsync();
        return await db.Complainants.Where(p => db.Complaints.Any(c => c.Id == p.ComplaintId && c.Reference == reference))
            .Select(p => p.Language).SingleAsync();
    }
}
