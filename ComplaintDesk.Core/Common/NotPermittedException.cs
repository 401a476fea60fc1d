using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Common;

/// <summary>The actor's role or relation to the complaint does not allow this.</summary>
public sealed class NotPermittedException(DeskMessage text) : DeskException(text)
{
    public NotPermittedException(string sentence)
        : this(DeskMessage.Unkeyed(sentence))
    {
    }
}
