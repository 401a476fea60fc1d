using ComplaintDesk.Core.Mail.Inbound;

namespace ComplaintDesk.Tests.Core.Mail;

/// <summary>
/// A complainant's reply joins their complaint without the desk's message it quotes, which names them and carries their
/// status link: the quote's lines and everything from its heading on are left out, as mail programs write them.
/// </summary>
public sealed class ReadingTheReplysOwnWords
{
    private const string Quoted = "Dear Ali Veli,\nYour complaint CMP-2026-000012: https://desk.example/status/AbCdEfGh\nComplaintDesk";

    [Theory]
    [InlineData("Gmail", "Account 4411.\n\nOn Mon, 23 Nov 2026 at 12:00, ComplaintDesk <complaints@desk.example> wrote:\n\n> Dear Ali Veli,\n> https://desk.example/status/AbCdEfGh")]
    [InlineData("Gmail, heading wrapped", "Account 4411.\n\nOn Mon, 23 Nov 2026 at 12:00, ComplaintDesk\n<complaints@desk.example> wrote:\n" + "Dear Ali Veli,")]
    [InlineData("Gmail in Turkish", "Account 4411.\n\n23 Kas 2026 Pzt, 12:00 tarihinde ComplaintDesk <complaints@desk.example> şunu yazdı:\n>Sayın Ali Veli,")]
    [InlineData("Outlook", "Account 4411.\n\nFrom: ComplaintDesk <complaints@desk.example>\nSent: Monday, 23 November 2026 12:00\nTo: Ali Veli <ali@example.com>\nSubject: CMP-2026-000012\n\n" + Quoted)]
    [InlineData("Outlook in Turkish", "Account 4411.\n\nKimden: ComplaintDesk <complaints@desk.example>\nGönderildi: 23 Kasım 2026 Pazartesi 12:00\nKime: Ali Veli\n\n" + Quoted)]
    [InlineData("an original message line", "Account 4411.\n-----Original Message-----\n" + Quoted)]
    [InlineData("quoted lines only", "> Dear Ali Veli,\nAccount 4411.\n> https://desk.example/status/AbCdEfGh")]
    public void Keeps_only_what_the_complainant_wrote(string program, string reply)
    {
        Assert.True("Account 4411." == ReplyText.NewWords(reply), program);
    }

    [Fact]
    public void A_reply_that_only_quotes_has_no_words_of_its_own()
    {
        Assert.Null(ReplyText.NewWords("On Mon, 23 Nov 2026 at 12:00, ComplaintDesk <complaints@desk.example> wrote:\n> " + Quoted));
    }

    [Fact]
    public void Words_that_only_look_like_a_heading_in_passing_stay()
    {
        const string text = "From: the shop in Kadıköy I bought it.\nIt broke on the first day.";

        Assert.Equal(text, ReplyText.NewWords(text));
    }
}
