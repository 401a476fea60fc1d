namespace ComplaintDesk.Core.ApiKeys;

public enum ApiKeyState
{
    Active,
    Expired,
    Revoked,
}
