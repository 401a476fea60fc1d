using ComplaintDesk.Core.Search;

namespace ComplaintDesk.Tests.Core.Search;

/// <summary><see cref="SearchText.Fold"/>: the one fold for text that is indexed and text that is searched for.</summary>
public sealed class FoldingSearchText
{
    [Theory]
    [InlineData("İSTANBUL", "istanbul")]
    [InlineData("ILIK", "ilik")]
    [InlineData("ılık", "ilik")]
    [InlineData("Işık Çelik ŞÜKRÜ Ğ", "işik çelik şükrü ğ")]
    public void Reads_every_Turkish_I_as_i_and_lowers_the_rest(string text, string folded)
    {
        Assert.Equal(folded, SearchText.Fold(text));
    }

    [Fact]
    public void Reads_a_dotted_capital_I_typed_as_two_characters_as_i()
    {
        Assert.Equal("istanbul", SearchText.Fold("I\u0307STANBUL"));
    }
}
