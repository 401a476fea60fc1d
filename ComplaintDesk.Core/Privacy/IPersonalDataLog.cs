using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Core.Privacy;

/// <summary>Records each time a person is shown or takes away a complainant's personal data; see <see cref="PersonalDataLog"/>.</summary>
public interface IPersonalDataLog
{
    /// <summary>
    /// Records that <paramref name="actor"/> was shown <paramref name="shown"/>, if it holds personal data:
    /// once per person and complaint in <see cref="PersonalDataLog.ViewWindow"/>, however often the screen renders.
    /// </summary>
    Task RecordShownAsync(ComplaintDetails shown, Actor actor, CancellationToken cancellationToken);

    /// <summary>Records a produced export of a month's workbook with personal data; every one counts.</summary>
    Task RecordExportAsync(string month, Actor actor, CancellationToken cancellationToken);
}
