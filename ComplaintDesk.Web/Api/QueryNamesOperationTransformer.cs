using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// Query parameters bound from a search record take its property names (<c>PageSize</c>); the desk's routes are
/// written <c>pageSize</c>, so the document names them that way too (binding ignores case).
/// </summary>
public sealed class QueryNamesOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter is { In: ParameterLocation.Query, Name: { } name })
            {
                parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(name);
            }
        }

        return Task.CompletedTask;
    }
}
