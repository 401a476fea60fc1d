using System.Security.Claims;
using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Architecture;

/// <summary>Every capability is an authorization policy of its name, which admits exactly the roles the table gives it.</summary>
public sealed class AuthorizingByCapability
{
    private readonly IAuthorizationService _authorization = new ServiceCollection()
        .AddLogging()
        .AddAuthorizationCore(options => options.AddCapabilityPolicies())
        .BuildServiceProvider()
        .GetRequiredService<IAuthorizationService>();

    public static TheoryData<DeskRole, DeskCapability> EveryPair()
    {
        var pairs = new TheoryData<DeskRole, DeskCapability>();
        foreach (var role in Enum.GetValues<DeskRole>())
        {
            foreach (var capability in Enum.GetValues<DeskCapability>())
            {
                pairs.Add(role, capability);
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public async Task A_policy_admits_a_signed_in_person_whose_role_holds_the_capability(DeskRole role, DeskCapability capability)
    {
        var person = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role.ToString())], "test"));

        var result = await _authorization.AuthorizeAsync(person, capability.ToString());

        Assert.Equal(DeskCapabilities.Of(role).Contains(capability), result.Succeeded);
    }

    [Fact]
    public async Task A_policy_admits_nobody_who_is_not_signed_in()
    {
        var stranger = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, nameof(DeskRole.Administrator))]));

        Assert.False((await _authorization.AuthorizeAsync(stranger, nameof(DeskCapability.ManageJobs))).Succeeded);
    }
}
