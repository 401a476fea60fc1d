using System.Reflection;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Tests.Localization;

/// <summary>
/// Every refusal Identity can describe has the desk's words in each language: English exactly Identity's own, Turkish
/// its own, with the same values filled in.
/// </summary>
public sealed class DescribingIdentityErrorsInThePersonsLanguage
{
    private readonly DeskIdentityErrors _desk = new(
        new StringLocalizer<DeskText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    public static TheoryData<string> Refusals() =>
        [.. typeof(IdentityErrorDescriber).GetMethods().Where(m => m.IsVirtual && m.ReturnType == typeof(IdentityError)).Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Refusals))]
    public void English_reads_as_Identity_wrote_it(string refusal)
    {
        using var language = new TestCulture("en");

        var (desk, identity) = (Describe(_desk, refusal), Describe(new IdentityErrorDescriber(), refusal));

        Assert.Equal((identity.Code, identity.Description), (desk.Code, desk.Description));
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Turkish_has_its_own_words_with_the_same_values(string refusal)
    {
        using var language = new TestCulture("tr-TR");

        var (desk, identity) = (Describe(_desk, refusal), Describe(new IdentityErrorDescriber(), refusal));

        Assert.NotEqual(identity.Description, desk.Description);
        Assert.DoesNotContain("Identity.", desk.Description, StringComparison.Ordinal);
        Assert.All(Values(refusal), value => Assert.Contains(value.ToString()!, desk.Description, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tr-TR", "Parola en az 12 karakter olmalı.")]
    [InlineData("en", "Passwords must be at least 12 characters.")]
    public void A_rule_with_a_number(string culture, string words)
    {
        using var language = new TestCulture(culture);

        Assert.Equal(words, _desk.PasswordTooShort(12).Description);
    }

    private static IdentityError Describe(IdentityErrorDescriber describer, string refusal) =>
        (IdentityError)Method(refusal).Invoke(describer, Values(refusal))!;

    private static MethodInfo Method(string refusal) => typeof(IdentityErrorDescriber).GetMethod(refusal)!;

    // A number for a rule's size, a recognisable name for an e-mail, a user or a role.
    private static object[] Values(string refusal) =>
        [.. Method(refusal).GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)17 : $"{p.Name}-x")];
}
