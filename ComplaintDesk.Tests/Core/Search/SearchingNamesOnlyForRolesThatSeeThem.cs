using ComplaintDesk.Tests.Core.Privacy;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Core.Search;

/// <summary>ISO 10002 4.10: the complainant's name is searched only for the roles that may see it.</summary>
public class SearchingNamesOnlyForRolesThatSeeThem : IAsyncLifetime
{
    private readonly CoreDesk _desk;

    public SearchingNamesOnlyForRolesThatSeeThem()
        : this(new SqliteDesk())
    {
    }

    protected SearchingNamesOnlyForRolesThatSeeThem(CoreDesk desk) => _desk = desk;

    private string _yilmaz = "";

    public async Task InitializeAsync()
    {
        await _desk.InitializeAsync();
        _yilmaz = await SearchDesk.ReceiveAsync(_desk, "The parcel never came.", name: "Ahmet Yılmaz");
        await SearchDesk.ReceiveAsync(_desk, "The invoice is wrong.", name: "Zeynep Kaya");
    }

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Theory]
    [InlineData("YILMAZ")]
    [InlineData("ahmet yıl")]
    [InlineData("Yı")]
    public async Task Handlers_and_supervisors_find_a_complaint_by_part_of_the_name(string text)
    {
        Assert.Equal([_yilmaz], await SearchDesk.FindAsync(_desk, text));
        Assert.Equal([_yilmaz], await SearchDesk.FindAsync(_desk, text, PrivacyDesk.Supervisor));
    }

    [Theory]
    [InlineData("YILMAZ")]
    [InlineData("ahmet yıl")]
    [InlineData("Yı")]
    public async Task Quality_managers_and_administrators_do_not(string text)
    {
        Assert.Empty(await SearchDesk.FindAsync(_desk, text, PrivacyDesk.Quality));
        Assert.Empty(await SearchDesk.FindAsync(_desk, text, PrivacyDesk.Administrator));
    }

    [Fact]
    public async Task Quality_managers_still_find_the_complaint_by_its_own_text()
    {
        Assert.Equal([_yilmaz], await SearchDesk.FindAsync(_desk, "parcel", PrivacyDesk.Quality));
    }
}
