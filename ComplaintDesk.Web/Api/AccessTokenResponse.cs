namespace ComplaintDesk.Web.Api;

/// <param name="ExpiresIn">Seconds until the token expires.</param>
public sealed record AccessTokenResponse(string AccessToken, long ExpiresIn);
