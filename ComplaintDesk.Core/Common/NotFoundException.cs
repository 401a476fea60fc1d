namespace ComplaintDesk.Core.Common;

public sealed class NotFoundException(string message) : DeskException(message);
