using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Core.Search;

/// <summary>Text search finds any run of characters in a complaint's reference, product or service and description, in any case.</summary>
public class FindingComplaintsByPartOfTheirText : IAsyncLifetime
{
    private readonly CoreDesk _desk;

    public FindingComplaintsByPartOfTheirText()
        : this(new SqliteDesk())
    {
    }

    protected FindingComplaintsByPartOfTheirText(CoreDesk desk) => _desk = desk;

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task Finds_part_of_a_word_in_the_description_the_product_or_the_reference()
    {
        var dishwasher = await SearchDesk.ReceiveAsync(_desk, "The dishwasher rattles and leaves the plates greasy.", product: "Dishwasher DW-90");
        var kettle = await SearchDesk.ReceiveAsync(_desk, "The kettle leaks from its base.", product: "Electric kettle EK-15");

        Assert.Equal([dishwasher], await SearchDesk.FindAsync(_desk, "rattl"));
        Assert.Equal([dishwasher], await SearchDesk.FindAsync(_desk, "DW-9"));
        Assert.Equal([kettle], await SearchDesk.FindAsync(_desk, "ECTRIC KET"));
        Assert.Equal([kettle], await SearchDesk.FindAsync(_desk, kettle[^5..]));
        Assert.Empty(await SearchDesk.FindAsync(_desk, "rattles kettle"));
    }

    [Fact]
    public async Task Finds_Turkish_text_whatever_the_case_of_its_I()
    {
        var istanbul = await SearchDesk.ReceiveAsync(_desk, "İSTANBUL şubesinde çay ILIK geldi.");
        var other = await SearchDesk.ReceiveAsync(_desk, "Ankara şubesinde kahve sıcaktı.");

        Assert.Equal([istanbul], await SearchDesk.FindAsync(_desk, "istanbul"));
        Assert.Equal([istanbul], await SearchDesk.FindAsync(_desk, "Istanbul"));
        Assert.Equal([istanbul], await SearchDesk.FindAsync(_desk, "ılık"));
        Assert.Equal([other], await SearchDesk.FindAsync(_desk, "SICAK"));
        Assert.Equal([other, istanbul], await SearchDesk.FindAsync(_desk, "ŞUBESİNDE"));
    }

    [Theory]
    [InlineData("istanbul")]
    [InlineData("İstanbul")]
    [InlineData("ISTANBUL")]
    [InlineData("İSTANBUL")]
    public async Task Every_spelling_of_a_Turkish_I_finds_every_other(string written)
    {
        var complaint = await SearchDesk.ReceiveAsync(_desk, $"{written} şubesinde çay ILIK geldi.");
        await SearchDesk.ReceiveAsync(_desk, "Ankara şubesinde kahve sıcaktı.");

        foreach (var typed in new[] { "istanbul", "İstanbul", "ISTANBUL", "İSTANBUL", "ılık" })
        {
            Assert.Equal([complaint], await SearchDesk.FindAsync(_desk, typed));
        }
    }
}
