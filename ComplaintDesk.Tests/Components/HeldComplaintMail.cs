using ComplaintDesk.Core.Mail;

namespace ComplaintDesk.Tests.Components;

/// <summary>The messages a test says each complaint has sent; a test changes them to see the page follow.</summary>
public sealed class HeldComplaintMail : IComplaintMail
{
    private readonly Dictionary<string, IReadOnlyList<SentMessageView>> _held = [];

    public void Holds(string reference, params SentMessageView[] messages) => _held[reference] = messages;

    public Task<IReadOnlyList<SentMessageView>> ListAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(_held.GetValueOrDefault(reference) ?? []);
}
