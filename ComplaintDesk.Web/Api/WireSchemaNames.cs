using System.Text.Json.Serialization.Metadata;
using ComplaintDesk.Web.Api.Moves;
using Microsoft.AspNetCore.OpenApi;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// The API document named the intake and move bodies and the complaint after the Core types they were once bound
/// to; they keep those names, so a client generated from the document keeps its type names.
/// </summary>
public static class WireSchemaNames
{
    private const string Request = "Request";

    private static readonly Dictionary<Type, string> _formerNames = new()
    {
        [typeof(ComplaintResponse)] = "ComplaintDetails",
        [typeof(RegisterComplaintRequest)] = "NewComplaint",
        [typeof(ComplainantRequest)] = "ComplainantDetails",
    };

    public static OpenApiOptions UseWireSchemaNames(this OpenApiOptions options)
    {
        options.CreateSchemaReferenceId = NameOf;
        return options;
    }

    /// <summary>The name <typeparamref name="T"/>'s schema has in the document.</summary>
    public static string Of<T>() => _formerNames[typeof(T)];

    private static string? NameOf(JsonTypeInfo info) =>
        _formerNames.TryGetValue(info.Type, out var former) ? former
        : info.Type.IsAssignableTo(typeof(IMoveRequest)) && info.Type.Name.EndsWith(Request, StringComparison.Ordinal)
            ? string.Concat(info.Type.Name.AsSpan(0, info.Type.Name.Length - Request.Length), "Command")
            : OpenApiOptions.CreateDefaultSchemaReferenceId(info);
}
