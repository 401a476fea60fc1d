using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Tests.Core;

/// <summary>Asserts that a move is refused in the expected way and that nothing was written.</summary>
internal static class Refusals
{
    public static MoveRefusedException AssertMoveRefused(Complaint complaint, Action move)
    {
        var before = ComplaintSnapshot.Of(complaint);
        var refusal = Assert.Throws<MoveRefusedException>(move);
        Assert.Equal(before, ComplaintSnapshot.Of(complaint));
        return refusal;
    }

    /// <summary>The move is refused for <paramref name="field"/> and for no other field.</summary>
    public static InvalidInputException AssertInvalid(Complaint complaint, string field, Action move)
    {
        var before = ComplaintSnapshot.Of(complaint);
        var refusal = Assert.Throws<InvalidInputException>(move);
        Assert.Equal(field, Assert.Single(refusal.Errors).Key);
        Assert.NotEmpty(refusal.Errors[field]);
        Assert.Equal(before, ComplaintSnapshot.Of(complaint));
        return refusal;
    }
}
