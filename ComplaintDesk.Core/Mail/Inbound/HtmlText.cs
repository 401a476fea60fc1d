using System.Text;
using MimeKit.Text;

namespace ComplaintDesk.Core.Mail.Inbound;

/// <summary>The text of an HTML-only message: its words with the markup removed, blocks on lines of their own.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> _breaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol",
    };

    private static readonly HashSet<string> _hidden = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "title" };

    public static string Of(string html)
    {
        var text = new StringBuilder();
        var hiddenDepth = 0;
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when _hidden.Contains(tag.Name):
                    hiddenDepth = Math.Max(0, hiddenDepth + (tag.IsEndTag ? -1 : tag.IsEmptyElement ? 0 : 1));
                    break;
                case HtmlTagToken tag when _breaks.Contains(tag.Name):
                    text.Append('\n');
                    break;
                case HtmlDataToken data when hiddenDepth == 0:
                    text.Append(data.Data);
                    break;
            }
        }

        return text.ToString();
    }
}
