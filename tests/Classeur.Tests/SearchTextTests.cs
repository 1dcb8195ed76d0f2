using Classeur.Parsing;
using Classeur.Search;
using Classeur.Tests.Support;
using Markdig;
using Markdig.Extensions.Yaml;

namespace Classeur.Tests;

/// <summary>
/// The search reads a fiche's text with its own builder (<see cref="PlainTextBuilder"/>), which allocates
/// nothing per word: it must give, block for block, what InlineText gives the rest of the site.
/// </summary>
[Collection(RealManualCollection.Name)]
public sealed class SearchTextTests(RealManualBuild build)
{
    [Fact]
    public void Every_block_of_the_manual_reads_as_InlineText_reads_it()
    {
        var builder = new PlainTextBuilder();
        var blocks = 0;
        foreach (var block in build.Manual.Fiches.SelectMany(f => f.Body).Where(b => b is not YamlFrontMatterBlock))
        {
            builder.AppendBlock(block);
            Assert.Equal(InlineText.Of(block), builder.Take());
            blocks++;
        }
        Assert.True(blocks > 1000, $"only {blocks} blocks");
    }

    [Fact]
    public void White_space_collapses_across_inlines_blocks_and_line_breaks()
    {
        const string markdown = "  Un\u00a0mot  *mis*en **avant**,\u2003`du  code`  \nà la ligne\\\npuis <https://exemple.fr>.\n\n"
            + "- une liste\n- de   deux\n\n> citée\n> ici\n\n| a | b |\n|---|---|\n| c  d | e |\n\n"
            + "fin \u00a0 de *phrase* \u3000suivie\u2009d’un  double   blanc, puis `x` *y* fin \t\n";
        var document = Markdown.Parse(markdown, MarkdownPipelineFactory.Create(allowHtml: false));
        var builder = new PlainTextBuilder();
        foreach (var block in document) builder.AppendBlock(block);

        Assert.Equal(string.Join(' ', document.Select(InlineText.Of).Where(t => t.Length > 0)), builder.Take());
        Assert.Equal(0, builder.Length);
    }
}
