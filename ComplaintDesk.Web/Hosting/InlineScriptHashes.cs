using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ComplaintDesk.Web.Hosting;

/// <summary>
/// The API reference page (Scalar) starts itself with an inline script the desk does not write. Rather
/// than allow every inline script, the page is read before it is sent and exactly its own inline
/// scripts are allowed by their hashes.
/// </summary>
public static partial class InlineScriptHashes
{
    private const string ReferencePath = "/api";

    public static void UseInlineScriptHashesOnTheApiReference(this WebApplication app) =>
        app.UseWhen(context => IsReferencePage(context.Request.Path), page => page.Use(HashAsync));

    // "/api" and "/api/{document}": the reference's pages, not the API (deeper) nor its script files (with a dot).
    private static bool IsReferencePage(PathString path) =>
        path.StartsWithSegments(ReferencePath, out var rest)
        && rest.Value?.Trim('/') is { } name && !name.Contains('/', StringComparison.Ordinal) && !name.Contains('.', StringComparison.Ordinal);

    private static async Task HashAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        await using var page = new MemoryStream();
        context.Response.Body = page;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            var html = Encoding.UTF8.GetString(page.GetBuffer(), 0, (int)page.Length);
            context.Items[SecurityHeaders.ScriptHashesItem] = InlineScript().Matches(html)
                .Select(script => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.Groups[1].Value)))}'")
                .Distinct()
                .ToList();
        }

        page.Position = 0;
        await page.CopyToAsync(original, context.RequestAborted);
    }

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
