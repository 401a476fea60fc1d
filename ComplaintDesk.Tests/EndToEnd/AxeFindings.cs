using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>Runs axe-core (shipped inside the Deque package, so nothing is fetched) and keeps what a person would be stopped by.</summary>
public sealed class AxeFindings
{
    private static readonly HashSet<string> _blocking = ["critical", "serious"];

    // Only violations come back in full: passes with every node they matched would make each run several times slower.
    private static readonly AxeRunOptions _options = new() { ResultTypes = [ResultType.Violations], Iframes = false };
    private readonly List<string> _lines = [];

    public bool Any => _lines.Count > 0;

    public async Task CheckAsync(IPage page, string where)
    {
        var result = await page.RunAxe(_options);
        foreach (var violation in result.Violations.Where(v => _blocking.Contains(v.Impact)))
        {
            // The element's own markup too: a generated selector alone rarely says which control it is.
            var targets = new List<string>();
            foreach (var node in violation.Nodes.Take(8))
            {
                targets.Add($"{node.Target} {Shorten(node.Html)} in field \"{await FieldOfAsync(page, node.Target.ToString())}\"");
            }

            _lines.Add($"{where}: {violation.Id} ({violation.Impact}) at {string.Join(" | ", targets)}");
        }
    }

    /// <summary>One main landmark and one h1, which axe only counts as moderate, so that every page starts the same way.</summary>
    public async Task CheckOutlineAsync(IPage page, string where)
    {
        var mains = await page.Locator("main, [role=main]").CountAsync();
        var headings = await page.Locator("h1").CountAsync();
        if (mains != 1 || headings != 1)
        {
            _lines.Add($"{where}: {mains} main landmarks and {headings} h1 headings, where one of each belongs");
        }
    }

    // The label of the form field an element belongs to, if any: says which control a bare button is part of.
    private static Task<string> FieldOfAsync(IPage page, string selector) => page.EvaluateAsync<string>(
        "s => { const e = document.querySelector(s); const f = e?.closest('.mud-input-control, .mud-picker, td, li'); return f?.querySelector('label')?.innerText ?? f?.innerText?.slice(0, 80) ?? ''; }",
        selector);

    private static string Shorten(string html) => html.Length <= 400 ? html : html[..400] + "…";

    public override string ToString() => string.Join(Environment.NewLine, _lines);
}
