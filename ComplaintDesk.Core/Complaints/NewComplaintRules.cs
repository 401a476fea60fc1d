using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints;

/// <summary>What a new complaint must satisfy before it gets a reference (ISO 10002 7.2).</summary>
public static class NewComplaintRules
{
    public static readonly TimeSpan LongestDelayBeforeRegistering = TimeSpan.FromDays(90);

    /// <summary>
    /// Checks <paramref name="input"/>; returns null when <paramref name="errors"/> got something. A field the caller
    /// could not read keeps the words it was refused with, and the rules add what they find on the fields not named
    /// yet: "'Fax' is not one of…" says more than "Choose the channel…".
    /// </summary>
    internal static ReceivedComplaint? Read(NewComplaint input, DateTimeOffset now, FieldErrors errors)
    {
        var found = new FieldErrors();
        var checkedInput = Check(input, now, found);
        errors.AddUnreported(input.Unreadable).AddUnreported(found.ToDictionary());
        return errors.Any ? null : checkedInput;
    }

    private static ReceivedComplaint? Check(NewComplaint input, DateTimeOffset now, FieldErrors errors)
    {
        var receivedAt = input.ReceivedAt ?? now;
        errors.Required("channel", input.Channel, DeskMessage.Of(ComplaintKeys.ChannelReceived))
            .RequiredText("productOrService", input.ProductOrService, TextLimits.Name, DeskMessage.Of(ComplaintKeys.ProductOrService))
            .RequiredText("description", input.Description, TextLimits.LongText, DeskMessage.Of(ComplaintKeys.Description))
            .MaxLength("desiredOutcome", input.DesiredOutcome, TextLimits.MediumText);
        if (receivedAt > now)
        {
            errors.Add("receivedAt", DeskMessage.Of(ComplaintKeys.ReceivedInFuture));
        }
        else if (receivedAt < now - LongestDelayBeforeRegistering)
        {
            errors.Add("receivedAt", DeskMessage.Of(ComplaintKeys.ReceivedTooLongAgo));
        }

        errors.Text("category", input.Category);
        var subject = ReadSubjectStaff(input.SubjectStaffEmail, errors);
        var complainant = ComplainantRules.Read(input.Complainant, errors);
        return errors.Any ? null : new ReceivedComplaint(
            input.Channel!.Value, receivedAt.ToUniversalTime(), complainant!.Name, complainant.Email, complainant.Phone,
            complainant.PreferredContact, complainant.Language, complainant.PostalAddress, Clean(input.ProductOrService)!, Clean(input.Description)!,
            Clean(input.DesiredOutcome), input.Priority, subject);
    }

    /// <summary>The staff member a complaint is about, by e-mail, in lower case; null when it is about nobody on the staff.</summary>
    public static string? ReadSubjectStaff(string? email, FieldErrors errors)
    {
        errors.Text("subjectStaffEmail", email);
        var subject = Clean(email);
        if (subject is not null && !ContactShapes.IsEmail(subject))
        {
            errors.Add("subjectStaffEmail", DeskMessage.Of(ComplaintKeys.StaffEmail));
        }

        return subject?.ToLowerInvariant();
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
