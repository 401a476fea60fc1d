using System.Reflection;
using System.Runtime.CompilerServices;
using ComplaintDesk.Web.Components.Display;
using Microsoft.AspNetCore.Components;
using NetArchTest.Rules;

namespace ComplaintDesk.Tests.Architecture;

/// <summary>
/// A feature folder in Web (Features/Queue, Features/Alerts, …) is one screen's room: its page is its front door, and
/// everything else in it (dialogs, forms, rows, text helpers) is its own to change. Another feature may link to or
/// render its page; a piece two features share lives in Components/, where nobody owns it alone.
/// </summary>
public sealed class KeepingFeaturesOutOfEachOthersInternals
{
    private const string Features = "ComplaintDesk.Web.Features";
    private const string SharedComponents = "ComplaintDesk.Web.Components";

    private static readonly Assembly _web = typeof(AlertText).Assembly;

    public static TheoryData<string> FeatureNames => [.. FeatureTypes().Select(FeatureOf).Distinct().Order()];

    [Theory]
    [MemberData(nameof(FeatureNames))]
    public void A_feature_uses_another_feature_only_through_its_page(string feature)
    {
        var othersInternals = FeatureTypes()
            .Where(type => FeatureOf(type) != feature && !type.IsDefined(typeof(RouteAttribute)))
            .Select(type => type.FullName!)
            .ToArray();

        var result = Types.InAssembly(_web).That().ResideInNamespace($"{Features}.{feature}")
            .ShouldNot().HaveDependencyOnAny(othersInternals).GetResult();

        Assert.True(result.IsSuccessful, $"{feature} reaches into another feature: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_shared_components_use_no_feature()
    {
        var result = Types.InAssembly(_web).That().ResideInNamespaceStartingWith(SharedComponents)
            .ShouldNot().HaveDependencyOn(Features).GetResult();

        Assert.True(result.IsSuccessful, $"Shared components that depend on a feature: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    private static IEnumerable<Type> FeatureTypes() =>
        _web.GetTypes().Where(type =>
            type.Namespace?.StartsWith($"{Features}.", StringComparison.Ordinal) == true
            && !type.IsNested
            && !type.IsDefined(typeof(CompilerGeneratedAttribute)));

    private static string FeatureOf(Type type) => type.Namespace![(Features.Length + 1)..].Split('.')[0];
}
