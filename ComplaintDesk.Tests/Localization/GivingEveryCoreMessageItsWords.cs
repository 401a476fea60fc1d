using System.Globalization;
using System.Reflection;
using System.Resources;
using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Templates;
using ComplaintDesk.Web.Localization;

namespace ComplaintDesk.Tests.Localization;

/// <summary>
/// Every key Core can give a person (its key constants, the verbs, statuses, levels and role members it makes from enums,
/// the audit's areas, the templates' names and the words lists are joined with) has
/// words in every language, so no refusal ever reaches a screen or an API caller as a bare key.
/// </summary>
public sealed class GivingEveryCoreMessageItsWords
{
    private static readonly ResourceManager _resources = new(typeof(DeskText).FullName!, typeof(DeskText).Assembly);

    public static TheoryData<string> Languages() => ["", "tr"];

    [Fact]
    public void Core_gives_keys_to_check()
    {
        Assert.Contains(ComplaintKeys.WrongStatus, CoreKeys());
        Assert.Contains(FieldKeys.TooLong, CoreKeys());
        Assert.Contains(ComplaintKeys.Verb(ComplaintMove.Close).Key, CoreKeys());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_key_Core_can_give_has_words(string language)
    {
        var words = _resources.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!;

        var missing = CoreKeys().Where(key => string.IsNullOrWhiteSpace(words.GetString(key)));

        Assert.Empty(missing);
    }

    private static IEnumerable<string> CoreKeys() =>
        typeof(DeskMessage).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(DeskMessage).Namespace && type.IsAbstract && type.IsSealed)
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .Concat(Enum.GetValues<ComplaintMove>().Select(move => ComplaintKeys.Verb(move).Key!))
            .Concat(Enum.GetValues<ComplaintStatus>().Select(status => ComplaintKeys.Describe(status).Key!))
            .Concat(Enumerable.Range(0, EscalationLevels.Highest + 1).Select(level => ComplaintKeys.Level(level).Key!))
            .Concat(Enum.GetValues<DeskRole>().Select(role => EventKeys.Members(role).Key!))
            .Concat(new[] { AuditAreas.Teams, AuditAreas.Categories, AuditAreas.People, AuditAreas.SlaSettings, AuditAreas.Templates }.Select(area => AuditKeys.Area(area).Key!))
            .Concat(Enum.GetValues<TemplatePurpose>().SelectMany(purpose => Enum.GetValues<MessageKind>().Select(kind => TemplateKeys.Describe(purpose, kind).Key!)))
            .Concat([DeskMessage.AndKey, "Core.List.Comma"]);
}
