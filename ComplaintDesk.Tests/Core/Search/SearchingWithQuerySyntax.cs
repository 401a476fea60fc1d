using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Core.Search;

/// <summary>What a person types is looked for as it is: the full-text index's query syntax never reads it.</summary>
public class SearchingWithQuerySyntax : IAsyncLifetime
{
    private const string Odd = "He wrote \"AND\" OR * then NEAR( kettle ) and {ComplainantName}: ^base -- '; DROP TABLE x; %_";

    private readonly CoreDesk _desk;

    public SearchingWithQuerySyntax()
        : this(new SqliteDesk())
    {
    }

    protected SearchingWithQuerySyntax(CoreDesk desk) => _desk = desk;

    private string _odd = "";

    public async Task InitializeAsync()
    {
        await _desk.InitializeAsync();
        _odd = await SearchDesk.ReceiveAsync(_desk, Odd, name: "Ece Kaya");
        await SearchDesk.ReceiveAsync(_desk, "The kettle leaks from its base.", name: "Ece Kaya");
        await SearchDesk.ReceiveAsync(_desk, "Nothing odd AND nothing else.", name: "Ece Kaya");
    }

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("\"AND\"")]
    [InlineData("\"AND\" OR *")]
    [InlineData("OR *")]
    [InlineData("NEAR(")]
    [InlineData("NEAR( kettle )")]
    [InlineData("{ComplainantName}: ^base")]
    [InlineData("^base")]
    [InlineData("'; DROP TABLE x;")]
    [InlineData("%_")]
    [InlineData("\"AND\" OR * then NEAR( kettle ) and {ComplainantName}: ^base -- '; DROP TABLE x; %_")]
    public async Task Finds_only_the_complaint_that_holds_the_text_as_typed(string text)
    {
        Assert.Equal([_odd], await SearchDesk.FindAsync(_desk, text));
    }

    [Theory]
    [InlineData("NOT kettle")]
    [InlineData("kettle OR base")]
    [InlineData("ComplainantName : ece")]
    [InlineData("{ComplainantName}: ece")]
    [InlineData("- {Description} : kettle")]
    [InlineData("\"\"\"\"")]
    [InlineData("()")]
    public async Task Finds_nothing_for_syntax_no_complaint_holds(string text)
    {
        Assert.Empty(await SearchDesk.FindAsync(_desk, text));
    }
}
