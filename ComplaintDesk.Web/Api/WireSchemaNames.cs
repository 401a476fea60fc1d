using System.Text.Json.Serialization.Metadata;
using ComplaintDesk.Web.Api.Moves;
using Microsoft.AspNetCore.OpenApi;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// The API document named the move bodies and the complaint after the Core types they were once bound to; they
/// keep those names, so a client generated from the document keeps its type names.
/// </summary>
public static class WireSchemaNames
{
    private const string Request = "Request";

    public static OpenApiOptions UseWireSchemaNames(this OpenApiOptions options)
    {
        options.CreateSchemaReferenceId = NameOf;
        return options;
    }

    private static string? NameOf(JsonTypeInfo info) =>
        info.Type == typeof(ComplaintResponse) ? "ComplaintDetails"
        : info.Type.IsAssignableTo(typeof(IMoveRequest)) && info.Type.Name.EndsWith(Request, StringComparison.Ordinal)
            ? string.Concat(info.Type.Name.AsSpan(0, info.Type.Name.Length - Request.Length), "Command")
            : OpenApiOptions.CreateDefaultSchemaReferenceId(info);
}
