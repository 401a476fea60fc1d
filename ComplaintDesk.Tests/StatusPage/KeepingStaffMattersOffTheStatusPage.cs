using System.Net;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.StatusPage;

/// <summary>
/// Neither the public status answer nor the page a complainant sees carries staff names or addresses, internal notes,
/// the assessment (priority, category), the proposed response before it is sent, or anything of another complaint.
/// </summary>
public sealed class KeepingStaffMattersOffTheStatusPage(StatusPageApiFactory factory) : IClassFixture<StatusPageApiFactory>
{
    private const string Note = "Internal: the courier admitted dropping the parcel";
    private const string Proposal = "Offer a voucher worth 200 TL";
    private readonly Complainant _complainant = new(factory);

    [Fact]
    public async Task The_answer_and_the_page_hold_no_staff_only_words()
    {
        var (handler, reference, token) = await _complainant.ComplaintAsync("awaiting");
        await handler.MoveAsync(reference, "note", new { text = Note });
        await handler.MoveAsync(reference, "resume");
        await handler.MoveAsync(reference, "propose-response", new { remedy = "Compensation", text = Proposal });
        var other = (await handler.ReceiveAsync(DeskApi.NewComplaintBody("Another complaint entirely.")))["reference"]!.GetValue<string>();

        var answer = await (await _complainant.ReadAsync(token)).Content.ReadAsStringAsync();
        var page = await _complainant.Http.GetAsync($"/status/{token}");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(reference, answer, StringComparison.Ordinal);
        Assert.Contains(reference, html, StringComparison.Ordinal);
        string[] staffOnly = [Note, Proposal, "handler@demo.local", "Ayşe", "Yılmaz", "Handler", "General", "Medium", "Compensation", other];
        Assert.Equal([], staffOnly.Where(words => answer.Contains(words, StringComparison.Ordinal)).ToArray());
        Assert.Equal([], staffOnly.Where(words => html.Contains(words, StringComparison.Ordinal)).ToArray());
    }
}
