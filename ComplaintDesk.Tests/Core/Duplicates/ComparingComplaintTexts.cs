using ComplaintDesk.Core.Complaints.Duplicates;
using static ComplaintDesk.Tests.Core.Duplicates.DuplicateDesk;

namespace ComplaintDesk.Tests.Core.Duplicates;

/// <summary>
/// Very similar text: word trigrams in common over all, on text folded as search folds it. These examples are why
/// the line is drawn at <see cref="TextShingles.SimilarFrom"/>.
/// </summary>
public sealed class ComparingComplaintTexts
{
    [Theory]
    [InlineData(Parcel, ParcelRetold)]
    [InlineData(Parcel, Parcel + " Please call me back.")]
    [InlineData("KARGO İADE EDİLMEDİ, PARAMI İSTİYORUM", "kargo iade edilmedi, paramı istiyorum!")]
    [InlineData("Late delivery", "late   DELIVERY.")]
    public void Takes_a_near_copy_for_the_same_complaint(string one, string other)
    {
        Assert.True(TextShingles.Of(one).IsSimilarTo(TextShingles.Of(other)), $"{TextShingles.Of(one).Likeness(TextShingles.Of(other))}");
        Assert.True(TextShingles.Of(other).IsSimilarTo(TextShingles.Of(one)));
    }

    [Theory]
    [InlineData(Parcel, Invoice)]
    [InlineData(
        "The parcel was late and the box was damaged when it finally arrived at my door.",
        "The box arrived damaged; the parcel inside was late too, and my door was scratched by the courier.")]
    [InlineData("Late delivery", "Late delivery again")]
    [InlineData("", "")]
    public void Does_not_take_texts_that_only_share_words_for_the_same_complaint(string one, string other)
    {
        Assert.False(TextShingles.Of(one).IsSimilarTo(TextShingles.Of(other)), $"{TextShingles.Of(one).Likeness(TextShingles.Of(other))}");
    }
}
