using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// Checks a real answer against the API document the desk serves: its route and method are there, its status
/// code is listed, the headers listed as required for that code are sent, its media type is listed for that code,
/// and a JSON body validates against the listed schema
/// (OpenAPI 3.1 schemas are JSON Schema 2020-12). Any integration test can call <c>await api.ConformsAsync(response)</c>.
/// </summary>
public static class OpenApiConformance
{
    private const string ComponentRefs = "#/components/schemas/";
    private static readonly SemaphoreSlim _loading = new(1, 1);
    private static JsonObject? _document;

    public static Task ConformsAsync(this DeskApi api, HttpResponseMessage response) => ConformsAsync(api.Http, response);

    /// <param name="signedIn">A signed-in client: outside Development the document is for signed-in callers only.</param>
    public static async Task ConformsAsync(HttpClient signedIn, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(signedIn);
        ArgumentNullException.ThrowIfNull(response);
        var document = await DocumentAsync(signedIn);
        var request = response.RequestMessage!;
        var where = $"{request.Method} {request.RequestUri!.AbsolutePath} answered {(int)response.StatusCode}";
        var path = FindPath(document, request.RequestUri.AbsolutePath)
            ?? throw new Xunit.Sdk.XunitException($"{where}: the document has no such path.");
        var operation = path[request.Method.Method.ToLowerInvariant()]
            ?? throw new Xunit.Sdk.XunitException($"{where}: the document has no {request.Method} operation there.");
        var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        var answer = operation["responses"]?[status]
            ?? throw new Xunit.Sdk.XunitException($"{where}: the document lists only {string.Join(", ", operation["responses"]!.AsObject().Select(r => r.Key))}.");

        foreach (var header in answer["headers"]?.AsObject().Where(h => h.Value?["required"]?.GetValue<bool>() == true) ?? [])
        {
            if (!response.Headers.Contains(header.Key) && !response.Content.Headers.Contains(header.Key))
            {
                throw new Xunit.Sdk.XunitException($"{where}: the document says it carries {header.Key}, and it does not.");
            }
        }

        var body = await response.Content.ReadAsByteArrayAsync();
        if (body.Length == 0)
        {
            return;
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        var listed = answer["content"]?[mediaType]
            ?? throw new Xunit.Sdk.XunitException($"{where} with {mediaType}: the document lists {string.Join(", ", answer["content"]?.AsObject().Select(c => c.Key) ?? [])}.");
        if (!mediaType.EndsWith("json", StringComparison.Ordinal))
        {
            return;
        }

        var schema = SchemaFor(document, listed["schema"]!);
        var result = schema.Evaluate(JsonNode.Parse(body), new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            var errors = result.Details.Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"));
            throw new Xunit.Sdk.XunitException($"{where}: the body breaks its schema:\n{string.Join("\n", errors)}\n{System.Text.Encoding.UTF8.GetString(body)}");
        }
    }

    /// <summary>The served document, read once per test run (it comes from the code, so every desk serves the same).</summary>
    public static async Task<JsonObject> DocumentAsync(HttpClient signedIn)
    {
        ArgumentNullException.ThrowIfNull(signedIn);
        await _loading.WaitAsync();
        try
        {
            return _document ??= (await signedIn.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        }
        finally
        {
            _loading.Release();
        }
    }

    // The listed schema with every component beside it, so its references resolve within one schema.
    private static JsonSchema SchemaFor(JsonObject document, JsonNode schema)
    {
        var root = schema.DeepClone().AsObject();
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = document["components"]?["schemas"]?.DeepClone() ?? new JsonObject();
        return JsonSchema.FromText(root.ToJsonString().Replace(ComponentRefs, "#/$defs/", StringComparison.Ordinal));
    }

    // The path template that matches, literal segments preferred over parameters.
    private static JsonObject? FindPath(JsonObject document, string path)
    {
        var segments = path.TrimEnd('/').Split('/');
        return document["paths"]!.AsObject()
            .Select(p => (Template: p.Key.TrimEnd('/').Split('/'), Item: p.Value!.AsObject()))
            .Where(p => p.Template.Length == segments.Length
                && p.Template.Zip(segments).All(s => s.First.StartsWith('{') || string.Equals(s.First, s.Second, StringComparison.Ordinal)))
            .OrderBy(p => p.Template.Count(s => s.StartsWith('{')))
            .Select(p => p.Item)
            .FirstOrDefault();
    }
}
