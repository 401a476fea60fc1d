namespace ComplaintDesk.Tests.Integration;

/// <summary>A person's queue opens with the one view they made their default, or as it comes when they chose none.</summary>
public sealed class ChoosingTheDefaultView(SqliteDesk desk) : SavedViewPeople(desk)
{
    [Fact]
    public async Task A_person_with_no_default_view_has_no_default_query()
    {
        var person = NewPerson();
        await SaveAsync(person, "High", "priority=High");

        Assert.Null(await DefaultQueryAsync(person));
    }

    [Fact]
    public async Task Saving_a_view_as_the_default_replaces_the_previous_default()
    {
        var person = NewPerson();
        await SaveAsync(person, "High", "priority=High", makeDefault: true);

        await SaveAsync(person, "Closed", "tab=closed", makeDefault: true);

        Assert.Equal("tab=closed", await DefaultQueryAsync(person));
        Assert.Equal(["Closed"], (await ListAsync(person)).Where(v => v.IsDefault).Select(v => v.Name));
    }

    [Fact]
    public async Task Making_a_view_the_default_and_then_none_leaves_the_person_without_one()
    {
        var person = NewPerson();
        var high = await SaveAsync(person, "High", "priority=High");
        await SaveAsync(person, "Closed", "tab=closed", makeDefault: true);

        await Views.SetDefaultAsync(person, high.Id, CancellationToken.None);
        var chosen = await DefaultQueryAsync(person);
        await Views.SetDefaultAsync(person, null, CancellationToken.None);

        Assert.Equal("priority=High", chosen);
        Assert.Null(await DefaultQueryAsync(person));
        Assert.DoesNotContain(await ListAsync(person), v => v.IsDefault);
    }

    [Fact]
    public async Task Each_person_has_their_own_default()
    {
        var person = NewPerson();
        var colleague = NewPerson();
        await SaveAsync(person, "Mine", "tab=mine", makeDefault: true);

        await SaveAsync(colleague, "Mine", "tab=unassigned", makeDefault: true);

        Assert.Equal("tab=mine", await DefaultQueryAsync(person));
        Assert.Equal("tab=unassigned", await DefaultQueryAsync(colleague));
    }

    [Fact]
    public async Task Deleting_the_default_view_leaves_the_person_without_one()
    {
        var person = NewPerson();
        var mine = await SaveAsync(person, "Mine", "tab=mine", makeDefault: true);

        await Views.DeleteAsync(person, mine.Id, CancellationToken.None);

        Assert.Null(await DefaultQueryAsync(person));
        Assert.Empty(await ListAsync(person));
    }
}
