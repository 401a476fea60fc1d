namespace ComplaintDesk.Core.Common;

/// <summary>The four roles of the desk; their names are the Identity role names.</summary>
public enum DeskRole
{
    Handler,
    Supervisor,
    QualityManager,
    Administrator,
}
