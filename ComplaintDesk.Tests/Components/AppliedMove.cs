using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Tests.Components;

/// <summary>One call of <see cref="ScriptedWorkflow.ApplyAsync"/>, as the screen made it.</summary>
public sealed record AppliedMove(string Reference, Actor Actor, int? ExpectedVersion, ComplaintCommand Command);
