using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// Request fields arrive nullable so Core can name every missing one at once; the document still tells a client
/// which fields it must send, and that null will not do for them. Fields without a default are required unless
/// Core lets them be left out (listed here).
/// </summary>
public sealed class RequiredFieldsSchemaTransformer : IOpenApiSchemaTransformer, IOpenApiDocumentTransformer
{
    private static readonly Dictionary<Type, string[]> _optional = new()
    {
        [typeof(RegisterComplaintRequest)] = ["receivedAt", "category"],
        [typeof(ComplainantRequest)] = ["email", "phone"],
    };

    // Required request fields that hold another request object (the complainant of a new complaint).
    private static readonly HashSet<(string Schema, string Property)> _requiredReferences =
        [(WireSchemaNames.Of<RegisterComplaintRequest>(), "complainant")];

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (!ApiRequests.Contains(type) || schema.Properties is null || schema.Required is null)
        {
            return Task.CompletedTask;
        }

        foreach (var optional in _optional.GetValueOrDefault(type, []))
        {
            schema.Required.Remove(optional);
        }

        foreach (var name in schema.Required)
        {
            schema.Properties[name] = schema.Properties[name] switch
            {
                OpenApiSchema { OneOf: [OpenApiSchema { Type: JsonSchemaType.Null }, var referenced] } => referenced,
                OpenApiSchema { Type: { } kinds } plain when kinds.HasFlag(JsonSchemaType.Null) => WithoutNull(plain, kinds),
                var other => other,
            };
        }

        return Task.CompletedTask;
    }

    // A required field of a request type is wrapped as "null, or the component" only once the document is built.
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (schemaName, component) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (component is not OpenApiSchema { Properties: { } properties, Required: { } required })
            {
                continue;
            }

            foreach (var name in required.Where(properties.ContainsKey))
            {
                if (properties[name] is OpenApiSchema { OneOf: [OpenApiSchema { Type: JsonSchemaType.Null }, var referenced] } && _requiredReferences.Contains((schemaName, name)))
                {
                    properties[name] = referenced;
                }
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema WithoutNull(OpenApiSchema schema, JsonSchemaType kinds)
    {
        schema.Type = kinds & ~JsonSchemaType.Null;
        return schema;
    }
}
