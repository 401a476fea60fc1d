using ComplaintDesk.Core.Attachments;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Features.StatusPage;

/// <summary>Marks a page whose form posts files (<see cref="StatusFilesField"/>), or an endpoint whose JSON carries them.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TakesFilesAttribute : Attribute;

/// <summary>
/// A request that takes files may be as large as the files the desk keeps from one message (<see cref="AttachmentOptions"/>)
/// written in base64, as JSON carries them, where the server's own limit (30 MB) would refuse a handful of phone photos.
/// Every other request keeps that limit. It runs before anti-forgery, which reads the form first.
/// </summary>
public static class PublicUploads
{
    // Room for the form's words and its multipart framing beside the files themselves.
    private const long FormRoom = 1024 * 1024;

    public static void UsePublicUploads(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<TakesFilesAttribute>() is not null
            && http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            var limits = http.RequestServices.GetRequiredService<IOptions<AttachmentOptions>>().Value;
            body.MaxRequestBodySize = (limits.MaxPerMessage * limits.MaxFileBytes * 4 / 3) + FormRoom;
        }

        return next(http);
    });
}
