namespace ComplaintDesk.Core.Common;

/// <summary>Someone else changed the complaint since the caller read it.</summary>
public sealed class StaleVersionException(string reference)
    : DeskException($"{reference} was changed by someone else since you opened it. Reload it to see the latest version, then try again.");
