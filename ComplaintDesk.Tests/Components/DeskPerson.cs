using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Tests.Components;

/// <summary>Someone signed in to the desk in a component test, with the demo e-mail addresses.</summary>
public sealed record DeskPerson(string UserId, string Email, string DisplayName, DeskRole Role)
{
    public static readonly DeskPerson Handler = new("id-h1", "handler@demo.local", "Ayşe Yılmaz", DeskRole.Handler);

    public static readonly DeskPerson Handler2 = new("id-h2", "handler2@demo.local", "Mehmet Demir", DeskRole.Handler);

    public static readonly DeskPerson Supervisor = new("id-s1", "supervisor@demo.local", "Zeynep Kaya", DeskRole.Supervisor);

    public static readonly DeskPerson QualityManager = new("id-q1", "quality@demo.local", "Can Öztürk", DeskRole.QualityManager);

    public static readonly DeskPerson Administrator = new("id-a1", "admin@demo.local", "Elif Şahin", DeskRole.Administrator);
}
