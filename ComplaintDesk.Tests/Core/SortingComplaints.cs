using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Tests.Localization;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Tests.Core;

/// <summary><see cref="ComplaintSort"/>: only whitelisted fields, with a leading - for descending.</summary>
public sealed class SortingComplaints
{
    private readonly FieldErrors _errors = new();

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Sorts_newest_first_when_nothing_is_asked(string? value)
    {
        Assert.Equal(ComplaintSort.NewestFirst, ComplaintSort.Parse(value, _errors));
        Assert.False(_errors.Any);
    }

    [Theory]
    [InlineData("priority", "priority", false)]
    [InlineData("-priority", "priority", true)]
    [InlineData("+reference", "reference", false)]
    [InlineData("-escalationLevel", "escalationLevel", true)]
    [InlineData("Status", "status", false)]
    public void Reads_a_whitelisted_field_and_its_direction(string value, string field, bool descending)
    {
        Assert.Equal(new ComplaintSort(field, descending), ComplaintSort.Parse(value, _errors));
        Assert.False(_errors.Any);
    }

    [Theory]
    [InlineData("description")]
    [InlineData("-complainant.name")]
    [InlineData("Id")]
    [InlineData("--priority")]
    [InlineData("+-priority")]
    public void Refuses_a_field_outside_the_whitelist(string value)
    {
        var sort = ComplaintSort.Parse(value, _errors);

        Assert.Equal(ComplaintSort.NewestFirst, sort);
        var refusal = Assert.Throws<InvalidInputException>(_errors.ThrowIfAny);
        Assert.StartsWith("Sort by one of: receivedAt, reference, status", InEnglish.Word(Assert.Single(refusal.Errors["sort"])), StringComparison.Ordinal);
    }

    [Fact]
    public void Puts_the_most_urgent_first_when_sorting_by_descending_priority()
    {
        var complaints = new[] { Priority.Medium, Priority.Critical, Priority.Low, Priority.High }
            .Select(p => new ComplaintBuilder().WithPriority(p).InState(ComplaintStatus.Assessed).Build());
        var sort = ComplaintFilter.From(new ComplaintSearch(Sort: "-priority"), Actors.Supervisor).Sort;
        using var db = new DeskDbContext(new DbContextOptionsBuilder<DeskDbContext>().UseSqlite("Data Source=:memory:").Options);

        var sorted = sort.Apply(complaints.AsQueryable(), db).Select(c => c.Priority);

        Assert.Equal([Priority.Critical, Priority.High, Priority.Medium, Priority.Low], sorted);
    }
}
