namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// A complainant who prefers a letter: the postal address registered and corrected over the API comes back, lines and
/// all, to the roles that see personal data; a letter without one is still accepted, as it was before addresses existed.
/// </summary>
public sealed class WritingToTheComplainantByLetter(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    private const string Address = "Moda Cad. 12/3\nKadıköy 34710 İstanbul";

    [Fact]
    public async Task The_address_registered_and_corrected_is_read_back_by_a_handler_and_hidden_from_the_quality_manager()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        var body = new
        {
            channel = "Letter",
            complainant = new { name = "Hakan Polat", preferredContact = "Letter", postalAddress = Address },
            productOrService = "Refrigerator FR-320",
            description = "The door seal came off.",
        };

        var reference = (await handler.ReceiveAsync(body))["reference"]!.GetValue<string>();
        var registered = await handler.GetAsync(reference);
        await handler.MoveAsync(reference, "correct-complainant", new
        {
            complainant = new { name = "Hakan Polat", preferredContact = "Letter", postalAddress = "Bağdat Cad. 40\nMaltepe" },
        });

        Assert.Equal(Address, registered["complainant"]!["postalAddress"]!.GetValue<string>());
        Assert.Equal("Bağdat Cad. 40\nMaltepe", (await handler.GetAsync(reference))["complainant"]!["postalAddress"]!.GetValue<string>());
        Assert.Null((await quality.GetAsync(reference))["complainant"]);
    }

    [Fact]
    public async Task A_letter_preferred_without_an_address_is_registered_as_before()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");

        var created = await handler.ReceiveAsync(new
        {
            channel = "Letter",
            complainant = new { name = "Yasemin Tekin", preferredContact = "Letter" },
            productOrService = "Gift card",
            description = "The card was declined.",
        });

        Assert.Null(created["complainant"]!["postalAddress"]);
    }
}
