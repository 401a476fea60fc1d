using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Web.Api;

/// <summary>Reads the complaint version a caller last saw from <c>If-Match: "7"</c>.</summary>
public static class IfMatch
{
    public static int? ExpectedVersion(this HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header is "" or "*")
        {
            return null;
        }

        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return int.TryParse(value.Trim('"'), out var version) && version > 0
            ? version
            : throw InvalidInputException.For("If-Match", DeskMessage.Of("Api.IfMatch"));
    }

    public static void SetVersionTag(this HttpResponse response, int version) => response.Headers.ETag = $"\"{version}\"";
}
