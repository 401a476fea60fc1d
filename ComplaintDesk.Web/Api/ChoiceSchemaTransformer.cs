using System.Text.Json.Nodes;
using ComplaintDesk.Core.Complaints;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// Requests carry choices as plain strings (read where they arrive, so an unknown name is refused with every other
/// bad field at once); this lists the accepted names in the API document all the same.
/// </summary>
public sealed class ChoiceSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<string, string[]> _choices = new(StringComparer.Ordinal)
    {
        ["channel"] = Enum.GetNames<Channel>(),
        ["priority"] = Enum.GetNames<Priority>(),
        ["preferredContact"] = Enum.GetNames<ContactMethod>(),
        ["remedy"] = Enum.GetNames<RemedyType>(),
        ["outcome"] = [.. ClosingOutcomes.Chosen.Select(outcome => outcome.ToString())],
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (!ApiRequests.Contains(context.JsonTypeInfo.Type) || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        foreach (var (name, property) in schema.Properties)
        {
            if (property is OpenApiSchema { Enum: null or { Count: 0 } } plain && plain.Type?.HasFlag(JsonSchemaType.String) == true)
            {
                if (_choices.TryGetValue(name, out var names))
                {
                    plain.Enum = [.. names.Select(n => (JsonNode)JsonValue.Create(n))];
                }
                else if (name == "receivedAt")
                {
                    plain.Format = "date-time";
                }
            }
        }

        return Task.CompletedTask;
    }
}
