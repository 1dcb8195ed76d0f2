using Classeur.Linking;

namespace Classeur.Tests.Editorial;

/// <summary>The sentence around a citation: abbreviations and initials do not end it.</summary>
public sealed class SentenceFinderTests
{
    [Theory]
    [InlineData("Une mutualisation de moyens (cf. Fiche I-C-2-a – Coopération), dialogue social local… Suite.", "Fiche I-C-2-a",
        "Une mutualisation de moyens (cf. Fiche I-C-2-a – Coopération), dialogue social local…")]
    [InlineData("Avant. Cf. Fiche I-B-1 et la suite. Après.", "Fiche I-B-1", "Cf. Fiche I-B-1 et la suite.")]
    [InlineData("Voir p. 12 du rapport de M. Dupont et J.-L. Bernaud sur la Fiche II-1. Fin.", "Fiche II-1",
        "Voir p. 12 du rapport de M. Dupont et J.-L. Bernaud sur la Fiche II-1.")]
    [InlineData("Des lieux, des outils, etc. sont cités par la Fiche III-4 ici. Fin.", "Fiche III-4",
        "Des lieux, des outils, etc. sont cités par la Fiche III-4 ici.")]
    [InlineData("Une phrase finit. La Fiche III-4 commence la suivante ! Et une autre.", "Fiche III-4", "La Fiche III-4 commence la suivante !")]
    public void Cuts_the_whole_sentence_around_the_citation(string text, string citation, string expected) =>
        Assert.Equal(expected, SentenceFinder.Around(text, text.IndexOf(citation, StringComparison.Ordinal)));

    [Fact]
    public void A_sentence_still_ends_at_a_period_followed_by_a_capital()
    {
        const string text = "Les entreprises du territoire, etc. Elles coopèrent avec la Fiche I-C-2-a.";
        Assert.Equal("Elles coopèrent avec la Fiche I-C-2-a.", SentenceFinder.Around(text, text.IndexOf("Fiche", StringComparison.Ordinal)));
    }
}
