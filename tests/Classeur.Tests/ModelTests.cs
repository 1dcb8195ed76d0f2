using Classeur.Model;
using Classeur.Text;

namespace Classeur.Tests;

/// <summary>Identifiers, anchors and suggestions: the small rules everything else relies on.</summary>
public sealed class ModelTests
{
    [Theory]
    [InlineData("I-A-1", FicheType.Repere, "A")]
    [InlineData("I-B-4", FicheType.Repere, "B")]
    [InlineData("I-C-1-c", FicheType.Repere, "C-1")]
    [InlineData("I-C-2-h", FicheType.Repere, "C-2")]
    [InlineData("II-3", FicheType.Methode, null)]
    [InlineData("III-20", FicheType.Experience, null)]
    [InlineData("bibliographie", FicheType.Page, null)]
    public void Fiche_ids_imply_their_type_and_section(string id, FicheType type, string? section)
    {
        var parsed = FicheId.TryParse(id);
        Assert.NotNull(parsed);
        Assert.Equal(type, parsed.Type);
        Assert.Equal(section, parsed.Section);
    }

    [Theory]
    [InlineData("I-D-1")]
    [InlineData("I-C-3-a")]
    [InlineData("I-C-2-A")]
    [InlineData("IV-1")]
    [InlineData("III-0")]
    [InlineData("Edito")]
    [InlineData("")]
    public void Ids_outside_the_grammar_are_rejected(string id) => Assert.Null(FicheId.TryParse(id));

    [Fact]
    public void Ids_sort_in_the_manual_order()
    {
        string[] shuffled = ["III-10", "II-1", "I-C-2-a", "III-2", "I-A-2", "I-C-1-b", "I-B-1", "I-A-1"];
        var sorted = shuffled.Select(s => FicheId.TryParse(s)!).Order().Select(i => i.Value);
        Assert.Equal(["I-A-1", "I-A-2", "I-B-1", "I-C-1-b", "I-C-2-a", "II-1", "III-2", "III-10"], sorted);
    }

    [Theory]
    [InlineData("De quoi s’agit-il ?", "de-quoi-s-agit-il")]
    [InlineData("Comment ?", "comment")]
    [InlineData("L’expérience", "l-experience")]
    [InlineData("Clefs de réussite / Points de vigilance", "clefs-de-reussite-points-de-vigilance")]
    [InlineData("Œuvre et cœur", "oeuvre-et-coeur")]
    public void Headings_become_ascii_anchors(string heading, string anchor) => Assert.Equal(anchor, Slugger.Slugify(heading));

    [Fact]
    public void Repeated_headings_get_distinct_anchors()
    {
        var scope = new Slugger.Scope();
        Assert.Equal(["clefs", "clefs-2", "clefs-3"], new[] { scope.Unique("Clefs"), scope.Unique("Clefs"), scope.Unique("Clefs") });
    }

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("see-also", "see_also")]
    [InlineData("keyword", "keywords")]
    public void Suggestions_find_the_nearest_name(string written, string expected) =>
        Assert.Equal(expected, Suggestions.Nearest(written, ["title", "subtitle", "see_also", "keywords"]));

    [Fact]
    public void No_suggestion_when_nothing_is_near() =>
        Assert.Null(Suggestions.Nearest("bibliographie", ["title", "id"]));
}
