using ComplaintDesk.Core.Notifications;

namespace ComplaintDesk.Web.Hubs;

/// <summary>What the desk hub calls on its clients (browsers, wallboards, test clients).</summary>
public interface IDeskClient
{
    Task ComplaintChanged(ComplaintChange summary);
}
