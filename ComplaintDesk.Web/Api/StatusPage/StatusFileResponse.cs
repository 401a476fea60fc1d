using ComplaintDesk.Core.StatusPage;

namespace ComplaintDesk.Web.Api.StatusPage;

/// <summary>A file the desk sent the complainant: <c>{ id, name, size, url }</c>, <c>size</c> in bytes.</summary>
public sealed record StatusFileResponse(long Id, string Name, long Size, string Url)
{
    public static StatusFileResponse From(StatusFile file, string token) => new(file.Id, file.Name, file.Size, PublicStatusEndpoints.FileAddress(token, file.Id));
}
