using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Complaints;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Core;

/// <summary>Acknowledging, assessing, noting and asking the complainant with missing or too long data.</summary>
public sealed class RefusingBadDataOnHandlingMoves
{
    private static readonly string _tooLong = new('x', TextLimits.LongText + 1);
    private static readonly Category _delivery = new("Delivery");

    private static readonly Dictionary<string, (ComplaintStatus State, string Field, Action<Complaint> Move)> _cases = new()
    {
        ["acknowledge without a channel"] = (Received, "channel", c => c.Acknowledge(null, null, Stamps.Later())),
        ["acknowledge with a too long message"] = (Received, "message", c => c.Acknowledge(Channel.Email, _tooLong, Stamps.Later())),
        ["assess without a priority"] = (Acknowledged, "priority", c => c.Assess(null, _delivery, null, null, Stamps.Later())),
        ["assess without a category"] = (Acknowledged, "category", c => c.Assess(Priority.Low, null, null, null, Stamps.Later())),
        ["assess with a too long product"] = (Acknowledged, "productOrService",
            c => c.Assess(Priority.Low, _delivery, new string('p', TextLimits.Name + 1), null, Stamps.Later())),
        ["assess with too long notes"] = (Assessed, "notes", c => c.Assess(Priority.Low, _delivery, null, _tooLong, Stamps.Later())),
        ["note without text"] = (InInvestigation, "text", c => c.AddNote(null, Stamps.Later())),
        ["note of blanks on a closed complaint"] = (Closed, "text", c => c.AddNote("   ", Stamps.Later())),
        ["note with too long text"] = (Received, "text", c => c.AddNote(_tooLong, Stamps.Later())),
        ["ask the complainant without a question"] = (InInvestigation, "question", c => c.AwaitComplainant("", Stamps.Later())),
        ["ask the complainant a too long question"] = (InInvestigation, "question", c => c.AwaitComplainant(_tooLong, Stamps.Later())),
    };

    public static TheoryData<string> Cases() => new(_cases.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Refuses_the_move_naming_the_field_and_writes_nothing(string name)
    {
        var (state, field, move) = _cases[name];
        var complaint = new ComplaintBuilder().InState(state).Build();

        Refusals.AssertInvalid(complaint, field, () => move(complaint));
    }

    [Fact]
    public void Accepts_a_note_of_exactly_the_longest_text()
    {
        var complaint = new ComplaintBuilder().InState(Assessed).Build();
        var text = new string('n', TextLimits.LongText);

        complaint.AddNote(text, Stamps.Later());

        Assert.Equal(text, complaint.Timeline[^1].Text);
    }

    [Fact]
    public void Keeps_the_product_when_an_assessment_leaves_it_blank()
    {
        var complaint = new ComplaintBuilder().InState(Acknowledged).Build();
        var product = complaint.ProductOrService;

        complaint.Assess(Priority.Critical, _delivery, "  ", null, Stamps.Later());

        Assert.Equal((product, Priority.Critical, "Delivery"), (complaint.ProductOrService, complaint.Priority, complaint.Category?.Name));
    }
}
