using Microsoft.AspNetCore.Identity;

namespace ComplaintDesk.Core.Persistence;

/// <summary>A person who signs in to the desk. The e-mail address is the user name.</summary>
public sealed class DeskUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The desk remembers each person's light or dark theme.</summary>
    public bool PrefersDarkMode { get; set; }
}
