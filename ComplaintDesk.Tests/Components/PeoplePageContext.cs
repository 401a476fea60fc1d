using ComplaintDesk.Core.ApiKeys;
using ComplaintDesk.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Components;

/// <summary>The People page on a scripted people desk, signed in as the administrator.</summary>
public abstract class PeoplePageContext : DeskPageContext
{
    protected PeoplePageContext()
    {
        Services.AddSingleton<IPeopleDesk>(People);
        Services.AddSingleton<IApiKeyDesk>(ApiKeys);
        SignInAs(DeskPerson.Administrator);
    }

    public ScriptedPeopleDesk People { get; } = new();

    public ScriptedApiKeyDesk ApiKeys { get; } = new();
}
