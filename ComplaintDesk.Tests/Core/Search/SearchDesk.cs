using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Search;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Search;

/// <summary>Complaints received and searched for through Core's real services on a <see cref="CoreDesk"/>.</summary>
internal static class SearchDesk
{
    public static async Task<string> ReceiveAsync(
        CoreDesk desk, string description, string product = "Call centre", string name = "Deniz Arslan") =>
        (await desk.Workflow.ReceiveAsync(
            new NewComplaint(Channel.Email, null, new ComplainantDetails(name, "deniz@example.com", null, ContactMethod.Email), product, "Billing", description),
            desk.Handler, CancellationToken.None)).Reference;

    /// <summary>The references a search finds, in the order of the list, after checking the total agrees.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(CoreDesk desk, string text, Actor? actor = null)
    {
        var queries = desk.Services.GetRequiredService<IComplaintQueries>();
        var page = await queries.ListAsync(new ComplaintSearch(Q: text, PageSize: 200), actor ?? desk.Handler, CancellationToken.None);
        Assert.Equal(page.Total, page.Items.Count);
        return page.Items.Select(i => i.Reference).ToList();
    }

    /// <summary>The text index's row for a complaint, as it is stored: reference, product, description, name.</summary>
    public static async Task<string[]> IndexRowAsync(CoreDesk desk, string reference)
    {
        await using var db = desk.NewContext();
        var row = await db.Set<ComplaintSearchEntry>().AsNoTracking()
            .Where(e => db.Complaints.Any(c => c.Id == e.ComplaintId && c.Reference == reference))
            .Select(e => new[] { e.Reference, e.ProductOrService, e.Description, e.ComplainantName })
            .SingleOrDefaultAsync();
        Assert.True(row is not null, $"{reference} has no row in the text index.");
        return row;
    }
}
