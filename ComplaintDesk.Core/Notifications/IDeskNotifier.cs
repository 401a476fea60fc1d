namespace ComplaintDesk.Core.Notifications;

/// <summary>
/// Tells everyone watching the desk that something changed. Called only after the change is
/// committed, so whatever is announced is already in the database.
/// </summary>
public interface IDeskNotifier
{
    Task ComplaintChangedAsync(ComplaintChange change, CancellationToken cancellationToken);
}
