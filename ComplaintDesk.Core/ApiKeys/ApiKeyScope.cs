namespace ComplaintDesk.Core.ApiKeys;

/// <summary>What a request signed with an API key may do, on top of what its person may do.</summary>
public enum ApiKeyScope
{
    /// <summary>Everything its person may do: a wallboard, a reporting tool, a script an administrator runs.</summary>
    Full,

    /// <summary>Only register complaints and read the categories to file them under: a website's form, a CRM.</summary>
    Intake,
}
