using System.Text.Json.Nodes;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Privacy;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// Roles arrive as plain strings (Core names every unknown one at once) and an access record's action leaves as a
/// lower-case word; the document lists the names each accepts or sends all the same.
/// </summary>
public sealed class AccountChoiceSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly string[] _roles = Enum.GetNames<DeskRole>();
    private static readonly string[] _actions = [.. PersonalDataActionNames.All];

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        if ((type == typeof(CreateUserRequest) || type == typeof(UserRolesRequest))
            && schema.Properties.TryGetValue("roles", out var roles) && roles is OpenApiSchema { Items: OpenApiSchema role })
        {
            role.Enum = Values(_roles);
        }
        else if (type == typeof(AccessRecordResponse) && schema.Properties.TryGetValue("action", out var named) && named is OpenApiSchema action)
        {
            action.Enum = Values(_actions);
        }

        return Task.CompletedTask;
    }

    private static List<JsonNode> Values(string[] names) => [.. names.Select(n => (JsonNode)JsonValue.Create(n))];
}
