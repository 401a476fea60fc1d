using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;

namespace ComplaintDesk.Core.Complaints.Commands;

/// <summary>A request to make one move on a complaint, with the data that move needs.</summary>
public abstract record ComplaintCommand
{
    /// <summary>
    /// Fields the caller sent that could not be read into this command (a choice by a name the desk does not
    /// know); the move is refused with them and with every other problem Core finds, all at once.
    /// </summary>
    public IReadOnlyDictionary<string, DeskMessage[]>? Unreadable { get; init; }

    internal abstract ComplaintMove Move { get; }

    internal abstract Task ApplyAsync(Complaint complaint, MoveContext context);

    /// <summary>
    /// Applies the move, or refuses it naming every problem at once: the unreadable fields, what the command's
    /// look-ups found, then the aggregate's rules on the fields not named yet (the first word on a field is the
    /// more precise one: "'Fax' is not one of…" rather than "Choose the channel…").
    /// </summary>
    /// <returns>The other complaints the move changed too.</returns>
    internal async Task<IReadOnlyList<Complaint>> ApplyOrRefuseAsync(
        Complaint complaint, Stamp stamp, DeskDbContext db, IDeskLanguages languages, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors().AddUnreported(Unreadable);
        var context = new MoveContext(stamp, db, languages, errors, cancellationToken);
        try
        {
            await ApplyAsync(complaint, context);
        }
        catch (InvalidInputException refused)
        {
            errors.AddUnreported(refused.Errors);
        }

        // Thrown before anything is saved, so a move the aggregate took in memory is dropped with the unit of work.
        errors.ThrowIfAny();
        return context.AlsoChanged;
    }
}
