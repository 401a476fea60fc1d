using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Benchmarks;

/// <summary>What the seeded complainants say: one sample in twelve is about a kettle, for the text search.</summary>
internal static class BenchSamples
{
    public static IReadOnlyList<(string Product, string Category, Channel Channel, string Description, string Outcome)> All { get; } =
    [
        ("Washing machine WM-700", "Product quality", Channel.Web,
            "The drum stopped spinning after two weeks. The display shows E21 and the door stays locked with wet laundry inside.",
            "Repair or replace the machine this week."),
        ("Home delivery", "Delivery", Channel.Phone,
            "My order was promised for Saturday morning. Nobody came and nobody called; the tracking page still says out for delivery.",
            "Deliver the order and refund the delivery fee."),
        ("Monthly invoice", "Billing", Channel.Email,
            "I was charged twice for October, two identical lines of 349,90 TL. I only have one subscription.",
            "Refund the duplicate charge."),
        ("Call centre", "Customer service", Channel.Phone,
            "I waited 48 minutes on hold and was disconnected twice. The third agent told me to call back tomorrow.",
            "A call back from someone who can solve my problem."),
        ("Store Kadıköy", "Staff conduct", Channel.InPerson,
            "The cashier was rude when I asked for a receipt and refused to call the store manager.",
            "An apology and feedback to the staff member."),
        ("Mobile app", "General", Channel.SocialMedia,
            "The app logs me out every time I open it since the last update. I can't see my orders.",
            "Fix the app."),
        ("Electric kettle EK-15", "Product quality", Channel.Web,
            "The kettle leaks from the base and tripped the fuse in my kitchen the second time I boiled water.",
            "A refund for the kettle."),
        ("Express shipping", "Delivery", Channel.Web,
            "Paid for express shipping (next day) but the parcel arrived after six days, with a crushed box.",
            "Refund the express fee."),
        ("Loyalty points", "Billing", Channel.Email,
            "My 4,200 loyalty points disappeared from my account without any purchase.",
            "Restore the points."),
        ("Online chat", "Customer service", Channel.Web,
            "The chat assistant closed my conversation without answering, twice in one evening.",
            "A real answer."),
        ("Refrigerator FR-320", "Product quality", Channel.Letter,
            "The freezer compartment builds up ice within days and the fridge section is warm. Food has spoiled twice.",
            "Replacement with a working refrigerator and compensation for spoiled food."),
        ("Gift card", "General", Channel.Letter,
            "The gift card I received as a present is refused at checkout as already used.",
            "A working gift card of the same value."),
    ];

    public static IReadOnlyList<string> FirstNames { get; } =
        ["Deniz", "Selin", "Burak", "Ece", "Murat", "Gizem", "Hakan", "Nazli", "Ozan", "Pelin", "Kerem", "Yasemin", "Emre", "Derya", "Tolga", "Aylin"];

    public static IReadOnlyList<string> LastNames { get; } =
        ["Arslan", "Koc", "Aydin", "Celik", "Yildiz", "Oz", "Polat", "Erdem", "Kurt", "Sen", "Aksoy", "Tekin", "Dogan", "Kaplan", "Turan", "Bulut"];
}
