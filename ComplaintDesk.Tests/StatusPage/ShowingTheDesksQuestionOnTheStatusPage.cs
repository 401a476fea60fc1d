namespace ComplaintDesk.Tests.StatusPage;

/// <summary>
/// While the desk awaits the complainant, their page shows the question it asked beside the form that answers it, as
/// text; once they answer, the question is gone.
/// </summary>
public sealed class ShowingTheDesksQuestionOnTheStatusPage(StatusPageApiFactory factory) : IClassFixture<StatusPageApiFactory>
{
    private readonly Complainant _complainant = new(factory);

    [Fact]
    public async Task The_page_shows_the_question_while_the_desk_awaits_an_answer_and_not_after()
    {
        var (_, _, token) = await _complainant.ComplaintAsync("awaiting");

        var awaiting = await _complainant.Http.GetStringAsync($"/status/{token}");
        await _complainant.PostAsync(token, "information", new { text = "The Kadıköy shop." });
        var answered = await _complainant.Http.GetStringAsync($"/status/{token}");

        Assert.Matches("id=\"status-question\"[^>]*>Which shop did you buy it from\\?</blockquote>", awaiting);
        Assert.DoesNotContain("status-question", answered, StringComparison.Ordinal);
    }
}
