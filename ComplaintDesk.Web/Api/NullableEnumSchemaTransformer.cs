using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// An enum first met as a nullable property is stored as a component whose values include null, and every
/// nullable use wraps it as "null, or the component": a null then matches both and breaks the <c>oneOf</c>.
/// The component keeps only the names; the wrapper says where null is allowed, so a null validates once.
/// </summary>
public sealed class NullableEnumSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (schema is { Enum: { Count: > 0 } values, Type: null } && (Nullable.GetUnderlyingType(type) ?? type).IsEnum)
        {
            schema.Enum = [.. values.Where(v => v is not null && v.GetValueKind() != JsonValueKind.Null)];
        }

        return Task.CompletedTask;
    }
}
