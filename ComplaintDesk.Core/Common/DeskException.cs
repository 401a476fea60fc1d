using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Common;

/// <summary>
/// A request Core refused, with what to tell the person (<see cref="Text"/>, worded by Web); nothing was written.
/// </summary>
public abstract class DeskException(DeskMessage text) : Exception(text.ToString())
{
    public DeskMessage Text { get; } = text;
}
