using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Demo;

/// <summary>What demo complainants say in English. One of them tries HTML on purpose: it must show as text.</summary>
internal static class DemoSamples
{
    public static IReadOnlyList<DemoSample> All { get; } =
    [
        new("Deniz Arslan", "Washing machine WM-700", "Product quality", Channel.Web,
            "The drum stopped spinning after two weeks. The display shows E21 and the door stays locked with wet laundry inside.",
            "Repair or replace the machine this week."),
        new("Selin Koç", "Home delivery", "Delivery", Channel.Phone,
            "My order was promised for Saturday morning. Nobody came and nobody called; the tracking page still says 'out for delivery'.",
            "Deliver the order and refund the delivery fee."),
        new("Burak Aydın", "Monthly invoice", "Billing", Channel.Email,
            "I was charged twice for October (two identical lines of 349,90 TL). I only have one subscription.",
            "Refund the duplicate charge."),
        new("Ece Çelik", "Call centre", "Customer service", Channel.Phone,
            "I waited 48 minutes on hold and was disconnected twice. The third agent told me to call back tomorrow.",
            "A call back from someone who can solve my problem."),
        new("Murat Yıldız", "Store Kadıköy", "Staff conduct", Channel.InPerson,
            "The cashier was rude when I asked for a receipt and refused to call the store manager.",
            "An apology and feedback to the staff member."),
        new("Gizem Öz", "Mobile app", "General", Channel.SocialMedia,
            "The app logs me out every time I open it since the last update. I can't see my orders.",
            "Fix the app."),
        new("Hakan Polat", "Refrigerator FR-320", "Product quality", Channel.Letter,
            "The freezer compartment builds up ice within days and the fridge section is warm. Food has spoiled twice.",
            "Replacement with a working refrigerator and compensation for spoiled food."),
        new("Nazlı Erdem", "Express shipping", "Delivery", Channel.Web,
            "Paid for express shipping (next day) but the parcel arrived after six days, with a crushed box.",
            "Refund the express fee."),
        new("Ozan Kurt", "Loyalty points", "Billing", Channel.Email,
            "My 4,200 loyalty points disappeared from my account without any purchase.",
            "Restore the points."),
        new("Pelin Şen", "Online chat", "Customer service", Channel.Web,
            "The chat assistant closed my conversation without answering. I wrote: <b>please help</b> <script>alert('hi')</script>",
            "A real answer."),
        new("Kerem Aksoy", "Installation service", "Staff conduct", Channel.Phone,
            "The installer left the old appliance in the hallway and damaged the door frame while leaving.",
            "Repair the door frame and take the old appliance away."),
        new("Yasemin Tekin", "Gift card", "General", Channel.Letter,
            "The gift card I received as a present is refused at checkout as 'already used'.",
            "A working gift card of the same value."),
    ];
}
