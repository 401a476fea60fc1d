using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Core.Search;

/// <summary>Text of one or two characters, too short for the index's trigrams, still finds what holds it, folded alike.</summary>
public class SearchingForShortText : IAsyncLifetime
{
    private readonly CoreDesk _desk;

    public SearchingForShortText()
        : this(new SqliteDesk())
    {
    }

    protected SearchingForShortText(CoreDesk desk) => _desk = desk;

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task Finds_one_or_two_characters_anywhere_in_the_searched_text()
    {
        var washer = await SearchDesk.ReceiveAsync(_desk, "The display shows E21 and the door stays locked.", product: "Washing machine");
        var fridge = await SearchDesk.ReceiveAsync(_desk, "Ice builds up in the freezer.", product: "Refrigerator FR-320 Q");

        Assert.Equal([washer], await SearchDesk.FindAsync(_desk, "e2"));
        Assert.Equal([fridge], await SearchDesk.FindAsync(_desk, "Q"));
        Assert.Equal([fridge, washer], await SearchDesk.FindAsync(_desk, "-"));
    }

    [Fact]
    public async Task Folds_short_text_as_it_folds_the_index()
    {
        var cold = await SearchDesk.ReceiveAsync(_desk, "Çay ILIK.");
        await SearchDesk.ReceiveAsync(_desk, "Water was cold.");

        Assert.Equal([cold], await SearchDesk.FindAsync(_desk, "ıl"));
        Assert.Equal([cold], await SearchDesk.FindAsync(_desk, "çA"));
    }

    [Fact]
    public async Task Reads_like_wildcards_as_the_characters_they_are()
    {
        var percent = await SearchDesk.ReceiveAsync(_desk, "Charged 100% more.");
        await SearchDesk.ReceiveAsync(_desk, "Charged twice.");

        Assert.Equal([percent], await SearchDesk.FindAsync(_desk, "%"));
        Assert.Empty(await SearchDesk.FindAsync(_desk, "_"));
        Assert.Empty(await SearchDesk.FindAsync(_desk, "\\"));
    }
}
