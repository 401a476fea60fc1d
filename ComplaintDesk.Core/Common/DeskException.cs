namespace ComplaintDesk.Core.Common;

/// <summary>
/// A request Core refused. The message is written for a complaint handler; nothing was written.
/// </summary>
public abstract class DeskException(string message) : Exception(message);
