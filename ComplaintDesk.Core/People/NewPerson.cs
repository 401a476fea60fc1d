namespace ComplaintDesk.Core.People;

/// <summary>An account as an administrator asks for it; <see cref="Roles"/> are role names, checked by Core.</summary>
public sealed record NewPerson(
    string? Email, string? DisplayName, IReadOnlyList<string>? Roles, string? Password, bool MustChangePassword = false);
