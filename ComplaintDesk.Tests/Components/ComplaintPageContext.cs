using Bunit;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Web.Features.Complaints;

namespace ComplaintDesk.Tests.Components;

/// <summary>Opens one complaint's page, as Core holds it, for the person signed in.</summary>
public abstract class ComplaintPageContext : DeskPageContext
{
    public IRenderedComponent<ComplaintPage> Open(ComplaintDetails complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        Queries.Holds(complaint);
        return RenderPage<ComplaintPage>(p => p.Add(page => page.Reference, complaint.Reference));
    }

    /// <summary>The moves offered as buttons, in the order shown.</summary>
    public static IReadOnlyList<string?> MovesOn(IRenderedComponent<ComplaintPage> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return [.. page.FindAll("#complaint-actions [data-move]").Select(b => b.GetAttribute("data-move"))];
    }
}
