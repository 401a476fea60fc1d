using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Mail.Inbound;

/// <summary>One round of taking in mail: the inbound folder, then the mailbox when one is set.</summary>
public sealed class InboundPickup(InboundFolder folder, ImapInbox inbox, IOptions<MailOptions> options)
{
    /// <param name="node">This node's name, for the folder's claims (<see cref="InboundFolder"/>).</param>
    public async Task PickUpAsync(string node, CancellationToken cancellationToken)
    {
        await folder.PickUpAsync(node, cancellationToken);
        if (options.Value.ReceivesByImap)
        {
            await inbox.PickUpAsync(cancellationToken);
        }
    }
}
