using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Web.Components.Display;

/// <summary>Status and choice names as a person reads them on screen.</summary>
public static class StatusText
{
    public static string Describe(ComplaintStatus status) => status switch
    {
        ComplaintStatus.InInvestigation => "In investigation",
        ComplaintStatus.AwaitingComplainant => "Awaiting complainant",
        ComplaintStatus.ResponseReady => "Response ready",
        ComplaintStatus.DecisionCommunicated => "Decision communicated",
        _ => status.ToString(),
    };

    public static string Describe(Channel channel) => channel switch
    {
        Channel.InPerson => "In person",
        Channel.SocialMedia => "Social media",
        _ => channel.ToString(),
    };
}
