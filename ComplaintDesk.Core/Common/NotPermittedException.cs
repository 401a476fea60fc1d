namespace ComplaintDesk.Core.Common;

/// <summary>The actor's role or relation to the complaint does not allow this.</summary>
public sealed class NotPermittedException(string message) : DeskException(message);
