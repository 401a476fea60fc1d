using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Tests.Integration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Search;

/// <summary>Complaints received and searched for through Core's real services on a <see cref="SqliteDesk"/>.</summary>
internal static class SearchDesk
{
    public static async Task<string> ReceiveAsync(
        SqliteDesk desk, string description, string product = "Call centre", string name = "Deniz Arslan") =>
        (await desk.Workflow.ReceiveAsync(
            new NewComplaint(Channel.Email, null, new ComplainantDetails(name, "deniz@example.com", null, ContactMethod.Email), product, "Billing", description),
            desk.Handler, CancellationToken.None)).Reference;

    /// <summary>The references a search finds, in the order of the list, after checking the total agrees.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(SqliteDesk desk, string text, Actor? actor = null)
    {
        var queries = desk.Services.GetRequiredService<IComplaintQueries>();
        var page = await queries.ListAsync(new ComplaintSearch(Q: text, PageSize: 200), actor ?? desk.Handler, CancellationToken.None);
        Assert.Equal(page.Total, page.Items.Count);
        return page.Items.Select(i => i.Reference).ToList();
    }

    /// <summary>The text index's row for a complaint, read with SQL as it is stored: reference, product, description, name.</summary>
    public static async Task<string[]> IndexRowAsync(SqliteDesk desk, string reference)
    {
        await using var db = desk.NewContext();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.Reference, s.ProductOrService, s.Description, s.ComplainantName
            FROM ComplaintSearch AS s JOIN Complaints AS c ON c.Id = s.rowid WHERE c.Reference = $reference
            """;
        command.Parameters.AddWithValue("$reference", reference);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"{reference} has no row in the text index.");
        return [reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)];
    }
}
