using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// Headers a client acts on, named in the document with the answers that carry them: where a created thing lives
/// (201) and how long a paused sign-in waits (429).
/// </summary>
public sealed class AnswerHeadersOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        Add(operation, StatusCodes.Status201Created, "Location", "Where the created resource is read.", JsonSchemaType.String);
        Add(operation, StatusCodes.Status429TooManyRequests, "Retry-After", "Seconds to wait before trying again.", JsonSchemaType.Integer);
        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, int status, string name, string description, JsonSchemaType type)
    {
        if (operation.Responses?.GetValueOrDefault(status.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not OpenApiResponse response)
        {
            return;
        }

        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Required = true, Schema = new OpenApiSchema { Type = type } };
    }
}
