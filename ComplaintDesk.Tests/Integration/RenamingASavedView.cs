using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Views;
using ComplaintDesk.Tests.Localization;

namespace ComplaintDesk.Tests.Integration;

/// <summary>A person renames one of their views under the rules a name is saved by; a refused name writes nothing.</summary>
public sealed class RenamingASavedView(SqliteDesk desk) : SavedViewPeople(desk)
{
    [Fact]
    public async Task A_renamed_view_takes_the_trimmed_name_and_keeps_its_query_and_default()
    {
        var person = NewPerson();
        var view = await SaveAsync(person, "Breached", "tab=open&sort=-priority", makeDefault: true);

        var renamed = await Views.RenameAsync(person, view.Id, "  Breached billing ", CancellationToken.None);

        Assert.Equal(new SavedViewEntry(view.Id, "Breached billing", "tab=open&sort=-priority", true), renamed);
        Assert.Equal([renamed], await ListAsync(person));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("A name of sixty-one characters, one more than a view may have")]
    [InlineData("Hidden\u202Ename")]
    public async Task A_missing_long_or_hidden_character_name_is_refused_on_the_name_and_the_old_name_stays(string? name)
    {
        var person = NewPerson();
        var view = await SaveAsync(person, "Mine");

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Views.RenameAsync(person, view.Id, name, CancellationToken.None));

        Assert.Equal(["name"], refused.Errors.Keys);
        Assert.Equal("Mine", Assert.Single(await ListAsync(person)).Name);
    }

    [Fact]
    public async Task A_name_another_of_the_persons_views_has_in_any_case_is_refused_and_both_names_stay()
    {
        var person = NewPerson();
        var mine = await SaveAsync(person, "mine", "tab=mine");
        await SaveAsync(person, "Closed", "tab=closed");

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Views.RenameAsync(person, mine.Id, "CLOSED", CancellationToken.None));

        Assert.Contains("already", InEnglish.Word(Assert.Single(refused.Errors["name"])), StringComparison.Ordinal);
        Assert.Equal(["Closed", "mine"], (await ListAsync(person)).Select(v => v.Name));
    }

    [Fact]
    public async Task A_view_may_take_a_new_case_of_its_own_name_or_a_name_only_a_colleague_uses()
    {
        var person = NewPerson();
        var colleague = NewPerson();
        var mine = await SaveAsync(person, "mine");
        await SaveAsync(colleague, "Team");

        await Views.RenameAsync(person, mine.Id, "Mine", CancellationToken.None);
        var renamed = await Views.RenameAsync(person, mine.Id, "Team", CancellationToken.None);

        Assert.Equal("Team", renamed.Name);
        Assert.Equal("Team", Assert.Single(await ListAsync(colleague)).Name);
    }
}
