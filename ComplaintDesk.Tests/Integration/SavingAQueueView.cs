using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Views;
using ComplaintDesk.Tests.Localization;

namespace ComplaintDesk.Tests.Integration;

/// <summary>A person keeps a queue view under a name of their own: short, unique to them whatever its case, twenty at most.</summary>
public sealed class SavingAQueueView(SqliteDesk desk) : SavedViewPeople(desk)
{
    [Fact]
    public async Task A_saved_view_keeps_its_trimmed_name_and_the_query_as_the_queue_wrote_it()
    {
        var person = NewPerson();

        await SaveAsync(person, "  Breached billing ", "tab=open&priority=Critical&sort=-priority");

        var view = Assert.Single(await ListAsync(person));
        Assert.Equal(("Breached billing", "tab=open&priority=Critical&sort=-priority", false), (view.Name, view.Query, view.IsDefault));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("A name of sixty-one characters, one more than a view may have")]
    [InlineData("Hidden\u202Ename")]
    public async Task A_missing_long_or_hidden_character_name_is_refused_on_the_name_and_nothing_is_saved(string? name)
    {
        var person = NewPerson();

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => SaveAsync(person, name));

        Assert.Equal(["name"], refused.Errors.Keys);
        Assert.Empty(await ListAsync(person));
    }

    [Fact]
    public async Task A_name_of_sixty_characters_is_kept()
    {
        var person = NewPerson();
        var name = new string('v', SavedViewRules.NameLength);

        await SaveAsync(person, name);

        Assert.Equal(name, Assert.Single(await ListAsync(person)).Name);
    }

    [Fact]
    public async Task A_name_the_person_already_uses_in_another_case_is_refused_but_another_person_may_use_it()
    {
        var person = NewPerson();
        var colleague = NewPerson();
        await SaveAsync(person, "Istanbul calls", "q=istanbul");

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => SaveAsync(person, "ISTANBUL CALLS", "q=other"));
        await SaveAsync(colleague, "Istanbul calls", "q=other");

        Assert.Contains("already", InEnglish.Word(Assert.Single(refused.Errors["name"])), StringComparison.Ordinal);
        Assert.Equal("q=istanbul", Assert.Single(await ListAsync(person)).Query);
        Assert.Single(await ListAsync(colleague));
    }

    [Fact]
    public async Task A_twenty_first_view_is_refused_and_the_twenty_stay()
    {
        var person = NewPerson();
        for (var i = 1; i <= SavedViewRules.MaxPerPerson; i++)
        {
            await SaveAsync(person, $"View {i}");
        }

        await Assert.ThrowsAsync<MoveRefusedException>(() => SaveAsync(person, "One too many", makeDefault: true));

        var views = await ListAsync(person);
        Assert.Equal(SavedViewRules.MaxPerPerson, views.Count);
        Assert.DoesNotContain(views, v => v.IsDefault);
    }
}
