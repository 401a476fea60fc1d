namespace ComplaintDesk.Core.StatusPage;

/// <summary>A file the desk sent the complainant with its question or decision, as their status page lists it.</summary>
public sealed record StatusFile(long Id, string Name, long Size);
