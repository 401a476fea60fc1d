using System.Text.Json.Nodes;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// The complaint document the API answers stays as clients know it: every field, its name, order and spelling; a field
/// added later comes after them all.
/// </summary>
public sealed class ReadingAWholeComplaintAsBefore(DeskApiFactory factory) : IClassFixture<DeskApiFactory>
{
    private const string Expected = """
        {
            "reference": "CMP-2026-000037",
            "status": "Closed",
            "priority": "High",
            "category": "Delivery",
            "channel": "Phone",
            "receivedAt": "2026-11-23T09:00:00Z",
            "registeredAt": "2026-11-23T09:00:00Z",
            "productOrService": "Kettle K-300",
            "description": "The kettle leaks from the base.",
            "desiredOutcome": "A new kettle.",
            "subjectStaffEmail": "quality@demo.local",
            "assignee": "handler@demo.local",
            "firstHandler": "handler@demo.local",
            "escalationLevel": 1,
            "barredFromDeciding": [
                "handler@demo.local"
            ],
            "acknowledgedAt": "2026-11-23T09:06:00Z",
            "remedy": "Compensation",
            "responseText": "We compensate.",
            "decisionChannel": "Letter",
            "decisionText": "We compensate.",
            "decisionCommunicatedAt": "2026-11-23T09:36:00Z",
            "outcome": "Accepted",
            "satisfaction": 4,
            "satisfactionComment": "Thanks.",
            "rootCause": "Courier delay",
            "closedAt": "2026-11-23T09:39:00Z",
            "version": 14,
            "clocks": [
                {
                    "kind": "Acknowledge",
                    "target": "09:00:00",
                    "deadline": "2026-11-24T09:00:00Z",
                    "warningAt": "2026-11-24T06:45:00Z",
                    "state": "Met",
                    "pausedFor": "00:00:00",
                    "stoppedAt": "2026-11-23T09:06:00Z",
                    "elapsed": "00:06:00",
                    "paused": false,
                    "readAt": "2026-11-23T09:39:00Z",
                    "countsUntil": null,
                    "left": "08:54:00",
                    "overdue": "00:00:00"
                },
                {
                    "kind": "Respond",
                    "target": "18:00:00",
                    "deadline": "2026-11-25T09:03:00Z",
                    "warningAt": "2026-11-24T13:33:00Z",
                    "state": "Met",
                    "pausedFor": "00:03:00",
                    "stoppedAt": "2026-11-23T09:27:00Z",
                    "elapsed": "00:24:00",
                    "paused": false,
                    "readAt": "2026-11-23T09:39:00Z",
                    "countsUntil": null,
                    "left": "17:36:00",
                    "overdue": "00:00:00"
                },
                {
                    "kind": "Resolve",
                    "target": "1.21:00:00",
                    "deadline": "2026-11-30T09:03:00Z",
                    "warningAt": "2026-11-27T06:48:00Z",
                    "state": "Met",
                    "pausedFor": "00:03:00",
                    "stoppedAt": "2026-11-23T09:39:00Z",
                    "elapsed": "00:36:00",
                    "paused": false,
                    "readAt": "2026-11-23T09:39:00Z",
                    "countsUntil": null,
                    "left": "1.20:24:00",
                    "overdue": "00:00:00"
                }
            ],
            "timeline": [
                {
                    "at": "2026-11-23T09:00:00Z",
                    "actor": "handler@demo.local",
                    "kind": "Receive",
                    "clause": "7.2",
                    "fromStatus": null,
                    "toStatus": "Received",
                    "summary": "Received by Phone",
                    "text": null,
                    "attachments": []
                },
                {
                    "at": "2026-11-23T09:03:00Z",
                    "actor": "handler@demo.local",
                    "kind": "Assign",
                    "clause": "7.3",
                    "fromStatus": "Received",
                    "toStatus": "Received",
                    "summary": "Assigned to handler@demo.local",
                    "text": null,
                    "attachments": []
                },
                {
                    "at": "2026-11-23T09:06:00Z",
                    "actor": "handler@demo.local",
                    "kind": "Acknowledge",
                    "clause": "7.4",
                    "fromStatus": "Received",
                    "toStatus": "Acknowledged",
                    "summary": "Acknowledged by Email",
                    "text": "We have your complaint.",
                    "attachments": []
                },
                {
                    "at": "2026-11-23T09:09:00Z",
                    "actor": "handler@demo.local",
                    "kind": "Assess",
                    "clause": "7.5",
                    "fromStatus": "Acknowledged",
                    "toStatus": "Assessed",
                    "summary": "Priority High, category Delivery",
                    "text": "Checked.",
                    "attachments": []
                },
                {
                    "at": "2026-11-23T09:12:00Z",
                    "actor": "handler@demo.local",
                    "kind": "Investigate",
                    "clause": "7.6",
                    "fromStatus": "Assessed",
                    "toStatus": "InInvestigation",
                    "summary": "Investigation started",
                    "text": null,
                    "attachments": []
                },
                {
                    "at": "2026-11-23T09:15:00Z",
                    "actor": "handler@demo.local",
                    "kind": "Note",
                    "clause": "7.3",
                    "fromStatus": "InInvestigation",
                    "toStatus": "InInvestigation",
                    "summary": "Note added",
                    "text": "Called the courier.",
                    "attachments": []
                },
                {
                    "at": "2026-11-23T09:18:00Z",
                    "actor": "handler@demo.local",
                    "kind": "AwaitComplainant",
                    "clause": "7.6",
                    "fromStatus": "InInvestigation",
                    "toStatus": "AwaitingComplainant",
                    "summary": "Information requested from the complainant",
                    "text": "Which day?",
                    "attachments": []
                },
                {
                    "at": "2026-11-23T09:21:00Z",
                    "actor": "handler@demo.local",
                    "kind": "Resume",
                    "clause": "7.6",
                    "fromStatus": "AwaitingComplainant",
                    "toStatus": "InInvestigation",
                    "summary": "Investigation resumed",
                    "text": null,
                    "attachments": []
                },
                {
                    "at": "2026-11-23T09:24:00Z",
                    "actor": "handler@demo.local",
                    "kind": "ProposeResponse",
                    "clause": "7.7",
                    "fromStatus": "InInvestigation",
                    "toStatus": "ResponseReady",
                    "summary": "Response proposed: Refund",
                    "text": "We refund the fee.",
                    "attachments": []
                },
                {
                    "at": "2026-11-23T09:27:00Z",
                    "actor": "handler@demo.local",
                    "kind": "CommunicateDecision",
                    "clause": "7.8",
                    "fromStatus": "ResponseReady",
                    "toStatus": "DecisionCommunicated",
                    "summary": "Decision communicated by Phone",
                    "text": "We refund the fee.",
                    "attachments": []
                },
                {
                    "at": "2026-11-23T09:30:00Z",
                    "actor": "handler@demo.local",
                    "kind": "RejectDecision",
                    "clause": "7.9, Annex H",
                    "fromStatus": "DecisionCommunicated",
                    "toStatus": "InInvestigation",
                    "summary": "Decision rejected by the complainant; reopened at escalation level 1 (supervisor)",
                    "text": "Too little.",
                    "attachments": []
                },
                {
                    "at": "2026-11-23T09:33:00Z",
                    "actor": "supervisor@demo.local",
                    "kind": "ProposeResponse",
                    "clause": "7.7",
                    "fromStatus": "InInvestigation",
                    "toStatus": "ResponseReady",
                    "summary": "Response proposed: Compensation",
                    "text": "We compensate.",
                    "attachments": []
                },
                {
                    "at": "2026-11-23T09:36:00Z",
                    "actor": "supervisor@demo.local",
                    "kind": "CommunicateDecision",
                    "clause": "7.8",
                    "fromStatus": "ResponseReady",
                    "toStatus": "DecisionCommunicated",
                    "summary": "Decision communicated by Letter",
                    "text": "We compensate.",
                    "attachments": []
                },
                {
                    "at": "2026-11-23T09:39:00Z",
                    "actor": "supervisor@demo.local",
                    "kind": "Close",
                    "clause": "7.9",
                    "fromStatus": "DecisionCommunicated",
                    "toStatus": "Closed",
                    "summary": "Closed: Accepted, satisfaction 4/5",
                    "text": "Thanks.",
                    "attachments": []
                }
            ],
            "complainant": {
                "name": "Ali Veli",
                "email": "ali@example.com",
                "phone": "+90 532 111 2233",
                "preferredContact": "Email",
                "anonymisedAt": null,
                "postalAddress": null
            },
            "correctiveAction": null
        }
        """;

    [Fact]
    public async Task A_complaint_walked_through_every_part_reads_field_for_field_as_before()
    {
        var handler = await DeskApi.SignInAsync(factory, "handler@demo.local");
        var supervisor = await DeskApi.SignInAsync(factory, "supervisor@demo.local");
        var reference = (await handler.ReceiveAsync(DeskApi.NewComplaintBody(subjectStaffEmail: "quality@demo.local")))["reference"]!.GetValue<string>();
        foreach (var (api, action, body) in new (DeskApi, string, object?)[]
        {
            (handler, "assign", new { assigneeEmail = "handler@demo.local" }),
            (handler, "acknowledge", new { channel = "Email", message = "We have your complaint." }),
            (handler, "assess", new { priority = "High", category = "Delivery", productOrService = "Kettle K-300", notes = "Checked." }),
            (handler, "investigate", null), (handler, "note", new { text = "Called the courier." }),
            (handler, "await-complainant", new { question = "Which day?" }), (handler, "resume", null),
            (handler, "propose-response", new { remedy = "Refund", text = "We refund the fee." }),
            (handler, "communicate-decision", new { channel = "Phone", text = "We refund the fee." }),
            (handler, "reject-decision", new { reason = "Too little." }),
            (supervisor, "propose-response", new { remedy = "Compensation", text = "We compensate." }),
            (supervisor, "communicate-decision", new { channel = "Letter", text = "We compensate." }),
            (supervisor, "close", new { outcome = "Accepted", satisfaction = 4, comment = "Thanks.", rootCause = "Courier delay" }),
        })
        {
            factory.Time.Advance(TimeSpan.FromMinutes(3));
            await api.MoveAsync(reference, action, body);
        }

        var document = await handler.Http.GetStringAsync($"/api/v1/complaints/{reference}");

        Assert.Equal(JsonNode.Parse(Expected)!.ToJsonString(), JsonNode.Parse(document)!.ToJsonString());
    }
}
