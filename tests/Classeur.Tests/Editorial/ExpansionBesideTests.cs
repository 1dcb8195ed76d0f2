using Classeur.Diagnostics;
using Classeur.Model;
using Classeur.Rendering;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Classeur.Tests.Editorial;

/// <summary>
/// Whether an acronym's expansion is written beside it is decided from the words next to it, read only as
/// far as they are needed (issue 19: reading the whole rest of the paragraph for each acronym was 3 % of a
/// x100 build). The answers must be those of reading it whole, however many short words lie between.
/// </summary>
public sealed class ExpansionBesideTests
{
    private static readonly GlossaryTerm Cidf = new("cidf", "CIDF", "Centre d'Information sur le Droit des Femmes", null, null,
        new SourceLocation("glossaire.yml", 1, 1));

    private static bool Holds(string paragraph)
    {
        var document = Markdown.Parse(paragraph);
        var literal = document.Descendants<LiteralInline>().First(l => l.Content.ToString().Contains("CIDF", StringComparison.Ordinal));
        return ExpansionBeside.Holds(literal, literal.Content.ToString().IndexOf("CIDF", StringComparison.Ordinal), Cidf);
    }

    private static string Filler(string word, int count) => string.Join(' ', Enumerable.Repeat(word, count));

    [Fact]
    public void Words_beyond_a_long_run_of_short_words_still_count()
    {
        // Only words of three letters or more fill the window: 400 « à » lie between, 800 characters.
        Assert.True(Holds($"{Filler("texte", 300)} le Centre d'Information sur le Droit des Femmes {Filler("à", 400)} CIDF et la suite."));
        Assert.True(Holds($"Le CIDF ({Filler("à", 400)} Centre d'Information sur le Droit des Femmes) {Filler("texte", 300)}."));
    }

    [Fact]
    public void Far_words_do_not_count_and_a_long_paragraph_without_them_is_read_to_the_end()
    {
        Assert.False(Holds($"Centre d'Information sur le Droit des Femmes {Filler("texte", 20)} CIDF {Filler("suite", 2000)}."));
        Assert.False(Holds($"{Filler("texte", 3000)} CIDF {Filler("suite", 3000)}."));
        Assert.True(Holds($"{Filler("texte", 3000)} Centre d'Information sur le Droit des Femmes (CIDF) {Filler("suite", 3000)}."));
    }
}
