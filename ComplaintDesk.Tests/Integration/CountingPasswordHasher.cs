using ComplaintDesk.Core.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Tests.Integration;

/// <summary>Identity's real password hasher, counting the checks it makes (each is the slow part of a sign-in).</summary>
public sealed class CountingPasswordHasher(IOptions<PasswordHasherOptions> options) : IPasswordHasher<DeskUser>
{
    private readonly PasswordHasher<DeskUser> _real = new(options);
    private int _checks;

    public int Checks => Volatile.Read(ref _checks);

    public string HashPassword(DeskUser user, string password) => _real.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(DeskUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _checks);
        return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
