using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Tests.Integration;

public sealed class HearingComplaintChanges(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    [Fact]
    public async Task A_registered_complaint_is_announced_with_its_reference_status_and_version()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        await using var hub = await DeskHubListener.StartAsync(factory, handler);

        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();

        var heard = await hub.HeardAsync(reference, version: 1);
        Assert.Equal(ComplaintStatus.Received, heard.Status);
        Assert.Equal(ComplaintMove.Receive, heard.LastMove);
        Assert.Null(heard.Assignee);
    }

    [Fact]
    public async Task A_move_through_the_api_is_announced_with_the_new_status_assignee_and_version()
    {
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        await using var hub = await DeskHubListener.StartAsync(factory, handler);
        var reference = (await supervisor.ReceiveAsync())["reference"]!.GetValue<string>();

        await supervisor.MoveAsync(reference, "assign", new { assigneeEmail = "handler@demo.local" });
        var acknowledged = await handler.MoveAsync(reference, "acknowledge", new { channel = "Email" });

        var assignment = await hub.HeardAsync(reference, version: 2);
        Assert.Equal(ComplaintStatus.Received, assignment.Status);
        Assert.Equal(ComplaintMove.Assign, assignment.LastMove);
        Assert.Equal("handler@demo.local", assignment.Assignee);
        var acknowledgement = await hub.HeardAsync(reference, version: 3);
        Assert.Equal(ComplaintStatus.Acknowledged, acknowledgement.Status);
        Assert.Equal(ComplaintMove.Acknowledge, acknowledgement.LastMove);
        Assert.Equal("handler@demo.local", acknowledgement.Assignee);
        Assert.Equal(acknowledged["version"]!.GetValue<int>(), acknowledgement.Version);
    }

    [Fact]
    public async Task A_quality_manager_hears_changes_too_because_every_role_reads_complaints()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var quality = await DeskApi.SignInAsync(factory, "quality@demo.local");
        await using var hub = await DeskHubListener.StartAsync(factory, quality);

        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        await handler.MoveAsync(reference, "acknowledge", new { channel = "Phone" });

        Assert.Equal(ComplaintStatus.Received, (await hub.HeardAsync(reference, version: 1)).Status);
        // The handler took the complaint on the way (an Assign event first), so it is version 3.
        var acknowledged = await hub.HeardAsync(reference, version: 3);
        Assert.Equal(ComplaintStatus.Acknowledged, acknowledged.Status);
        Assert.Equal("handler@demo.local", acknowledged.Assignee);
    }
}
