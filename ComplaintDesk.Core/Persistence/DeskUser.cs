using Microsoft.AspNetCore.Identity;

namespace ComplaintDesk.Core.Persistence;

/// <summary>A person who signs in to the desk. The e-mail address is the user name.</summary>
public sealed class DeskUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The desk remembers each person's light or dark theme.</summary>
    public bool PrefersDarkMode { get; set; }

    /// <summary>The queue with tighter rows, for people who want more of it on one screen.</summary>
    public bool PrefersDenseQueue { get; set; }

    /// <summary>The language the person chose for the desk (a culture name); null until they choose, so their browser decides.</summary>
    public string? PreferredCulture { get; set; }

    /// <summary>
    /// When an administrator took the account away. People are never deleted, so the history keeps
    /// their name; a deactivated person cannot sign in and everything they held stops working.
    /// </summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    public bool IsActive => DeactivatedAt is null;

    /// <summary>Set when someone else chose the password (a new account, a reset): the person picks their own at sign-in.</summary>
    public bool MustChangePassword { get; set; }
}
