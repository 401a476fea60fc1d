using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Nobody lists, renames, makes default or deletes another person's saved view: for them it is not there.</summary>
public sealed class KeepingViewsToTheirOwner(SqliteDesk desk) : SavedViewPeople(desk)
{
    [Fact]
    public async Task Another_persons_view_is_not_listed_and_cannot_be_changed()
    {
        var owner = NewPerson();
        var other = NewPerson();
        var view = await SaveAsync(owner, "Mine", "tab=mine");

        Assert.Empty(await ListAsync(other));
        await Assert.ThrowsAsync<NotFoundException>(() => Views.RenameAsync(other, view.Id, "Taken", CancellationToken.None));
        await Assert.ThrowsAsync<NotFoundException>(() => Views.SetDefaultAsync(other, view.Id, CancellationToken.None));
        await Assert.ThrowsAsync<NotFoundException>(() => Views.DeleteAsync(other, view.Id, CancellationToken.None));

        Assert.Equal(view, Assert.Single(await ListAsync(owner)));
        Assert.Null(await DefaultQueryAsync(other));
    }
}
