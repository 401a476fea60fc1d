using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Common;

public sealed class NotFoundException(DeskMessage text) : DeskException(text)
{
    public NotFoundException(string sentence)
        : this(DeskMessage.Unkeyed(sentence))
    {
    }
}
