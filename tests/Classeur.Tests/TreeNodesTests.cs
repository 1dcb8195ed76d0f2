using Classeur.Build;
using Classeur.Parsing;
using Classeur.Parsing.Extensions;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// The nodes the parser lists in its own walk (boxes grouped in two columns included) are those a new walk of
/// the linked tree finds, in the same order: validation and the link phase use the parser's list.
/// </summary>
public sealed class TreeNodesTests
{
    [Fact]
    public void The_parser_s_list_is_what_a_new_walk_of_each_fiche_finds()
    {
        var manual = SiteBuilder.Load(new BuildOptions(RepositoryPaths.Root) { CheckOnly = true }).Manual;
        var grouped = 0;
        foreach (var fiche in manual.Fiches)
        {
            var kept = TreeNodes.Of(fiche);
            var walked = TreeNodes.Walk(fiche.Body);
            Assert.Equal(walked.Boxes, kept.Boxes);
            Assert.Equal(walked.Headings, kept.Headings);
            Assert.Equal(walked.Links, kept.Links);
            Assert.Equal(walked.Autolinks, kept.Autolinks);
            Assert.NotSame(walked, kept);
            grouped += kept.Boxes.Count(b => b.Info == ContainerKinds.Cles);
        }
        // The manual's « réussites » and « points de vigilance » side by side: the groups are in the list.
        Assert.True(grouped > 0);
    }
}
