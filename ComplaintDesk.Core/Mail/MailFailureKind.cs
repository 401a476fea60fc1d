namespace ComplaintDesk.Core.Mail;

/// <summary>What went wrong in a try, in a form safe to keep and show: never the server's own words, which often repeat the address.</summary>
public enum MailFailureKind
{
    /// <summary>The server refused the recipient or the message for good (5xx).</summary>
    Refused,

    /// <summary>The server answered a command with an error it may not give next time.</summary>
    ServerError,

    /// <summary>The server refused the desk's user name and password.</summary>
    SignInRefused,

    /// <summary>No TLS with the server (handshake failed or not offered while TLS is required).</summary>
    Tls,

    /// <summary>The server could not be reached, or the connection broke.</summary>
    Unreachable,

    /// <summary>The server did not answer in time.</summary>
    Timeout,

    /// <summary>The pickup folder could not be written.</summary>
    PickupFolder,

    /// <summary>The complainant's personal data was erased before the message could go.</summary>
    PersonalDataErased,

    Other,
}
