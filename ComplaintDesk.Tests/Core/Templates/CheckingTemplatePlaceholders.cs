using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Templates;

namespace ComplaintDesk.Tests.Core.Templates;

/// <summary>
/// A template names only the placeholders its purpose and kind know, and a message says what its kind must: the
/// status link and the kind's point in the body, the reference in the subject. Each problem is named on its field.
/// </summary>
public sealed class CheckingTemplatePlaceholders
{
    [Fact]
    public void An_unknown_placeholder_is_refused_on_the_field_it_is_in_and_named()
    {
        var errors = Check(TemplatePurpose.Mail, MessageKind.Acknowledgement, "About {reference}", "Dear {nmae}, {statusLink} {decisionExpectedBy}");

        var refusal = Assert.Single(errors["body"]);
        Assert.Equal(TemplateKeys.UnknownPlaceholder, refusal.Key);
        Assert.Equal("nmae", refusal.Arguments[0]);
        Assert.False(errors.ContainsKey("subject"));
    }

    [Fact]
    public void A_placeholder_of_another_kind_is_unknown_to_this_one()
    {
        var errors = Check(TemplatePurpose.Mail, MessageKind.Acknowledgement, "About {reference}", "{question} {statusLink} {decisionExpectedBy}");

        Assert.Equal("question", Assert.Single(errors["body"]).Arguments[0]);
    }

    [Theory]
    [InlineData(MessageKind.Acknowledgement, "{statusLink}", MailPlaceholders.DecisionExpectedBy)]
    [InlineData(MessageKind.InformationRequest, "{statusLink}", MailPlaceholders.Question)]
    [InlineData(MessageKind.Decision, "{decision}", MailPlaceholders.StatusLink)]
    public void A_placeholder_the_kinds_body_must_say_is_required(MessageKind kind, string body, string missing)
    {
        var errors = Check(TemplatePurpose.Mail, kind, "About {reference}", body);

        var refusal = Assert.Single(errors["body"]);
        Assert.Equal((TemplateKeys.MissingPlaceholder, missing), (refusal.Key, refusal.Arguments[0]));
    }

    [Fact]
    public void A_subject_without_the_reference_is_refused()
    {
        var errors = Check(TemplatePurpose.Mail, MessageKind.Decision, "Our decision", "{decision} {statusLink}");

        Assert.Equal(MailPlaceholders.Reference, Assert.Single(errors["subject"]).Arguments[0]);
    }

    [Fact]
    public void A_message_that_says_what_it_must_with_known_placeholders_passes()
    {
        Assert.Empty(Check(TemplatePurpose.Mail, MessageKind.Decision, "Decision on {reference}", "Dear {name}, {decision} ({remedy}) {statusLink}"));
    }

    [Fact]
    public void A_reply_needs_no_placeholder_but_cannot_use_the_status_link()
    {
        Assert.Empty(Check(TemplatePurpose.Reply, MessageKind.Acknowledgement, null, "We received it."));

        var errors = Check(TemplatePurpose.Reply, MessageKind.Acknowledgement, null, "See {statusLink}");

        Assert.Equal(MailPlaceholders.StatusLink, Assert.Single(errors["body"]).Arguments[0]);
    }

    private static IReadOnlyDictionary<string, DeskMessage[]> Check(TemplatePurpose purpose, MessageKind kind, string? subject, string body)
    {
        var errors = new FieldErrors();
        TemplateRules.Check(purpose, kind, subject, body, errors);
        return errors.ToDictionary();
    }
}
