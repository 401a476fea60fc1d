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
            var targets = violation.Nodes.Select(node => node.Target.ToString()).Take(8);
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

    public override string ToString() => string.Join(Environment.NewLine, _lines);
}
