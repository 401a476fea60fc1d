using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Demo;

/// <summary>The fixed demo accounts (README lists them); they exist only when <c>Desk:DemoData</c> is on.</summary>
public static class DemoUsers
{
    public const string Password = "Demo!2345";

    public static IReadOnlyList<(string Email, string Name, DeskRole Role)> All { get; } =
    [
        ("handler@demo.local", "Ayşe Yılmaz", DeskRole.Handler),
        ("handler2@demo.local", "Mehmet Demir", DeskRole.Handler),
        ("supervisor@demo.local", "Zeynep Kaya", DeskRole.Supervisor),
        ("quality@demo.local", "Can Öztürk", DeskRole.QualityManager),
        ("admin@demo.local", "Elif Şahin", DeskRole.Administrator),
    ];
}
