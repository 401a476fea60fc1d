namespace ComplaintDesk.Core.Mail;

/// <summary><c>Desk:Mail:Smtp</c>: the mail server that sends the desk's messages, when <see cref="Host"/> is set.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Empty: the server is used without signing in.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>True: TLS from the start on port 465, STARTTLS otherwise, and the server must offer it. False: plain text.</summary>
    public bool UseTls { get; set; } = true;
}
