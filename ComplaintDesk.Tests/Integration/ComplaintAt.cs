namespace ComplaintDesk.Tests.Integration;

/// <summary>Brings a new complaint to a given point of the process through the API.</summary>
public static class ComplaintAt
{
    public static async Task<string> DecisionCommunicatedAsync(DeskApi api, string? assignee = null)
    {
        var reference = (await api.ReceiveAsync())["reference"]!.GetValue<string>();
        if (assignee is not null)
        {
            await api.MoveAsync(reference, "assign", new { assigneeEmail = assignee });
        }

        await api.MoveAsync(reference, "acknowledge", new { channel = "Email" });
        await api.MoveAsync(reference, "assess", new { priority = "Medium", category = "General" });
        await api.MoveAsync(reference, "investigate");
        await api.MoveAsync(reference, "propose-response", new { remedy = "Apology", text = "We apologise." });
        await api.MoveAsync(reference, "communicate-decision", new { channel = "Letter", text = "We apologise." });
        return reference;
    }
}
