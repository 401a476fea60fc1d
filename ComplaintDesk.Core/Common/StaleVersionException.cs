using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Common;

/// <summary>Someone else changed the complaint since the caller read it.</summary>
public sealed class StaleVersionException(string reference) : DeskException(DeskMessage.Of(ComplaintKeys.Stale, reference));
