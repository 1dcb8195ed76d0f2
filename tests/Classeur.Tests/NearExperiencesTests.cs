using AngleSharp.Html.Parser;
using Classeur.Build;
using Classeur.Knowledge;
using Classeur.Model;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>« Expériences proches »: ranked, capped, never twice on a page, and bounded in cost.</summary>
public sealed class NearExperiencesTests : IDisposable
{
    private readonly TempProject _site = FixtureSite.Create();

    public void Dispose() => _site.Dispose();

    /// <summary>Adds expériences III-10… after the base site's two; even ones also name I-B-1.</summary>
    private Manual WithExperiences(int count, string? siteYmlExtra = null)
    {
        for (var i = 0; i < count; i++)
        {
            var id = $"III-{10 + i}";
            var dimensions = i % 2 == 0 ? "[I-C-2-a, I-B-1]" : "[I-C-2-a]";
            var region = i % 3 == 0 ? "Bretagne" : "Occitanie";
            _site.Write($"content/experiences/{id}.md", $"---\nid: {id}\ntype: experience\ntitle: Expérience {i}\norganisation: Org {i}\n"
                + $"territory:\n  label: \"Lieu {i}\"\n  region: {region}\ndimensions: {dimensions}\n---\n\n## En bref\n\nTexte {i}.\n");
        }
        if (siteYmlExtra is not null) File.AppendAllText(_site.PathOf("site.yml"), siteYmlExtra);
        return SiteBuilder.Load(new BuildOptions(_site.Root)).Manual;
    }

    [Fact]
    public void Shows_the_configured_number_most_shared_dimensions_first_then_the_same_region()
    {
        var manual = WithExperiences(12);
        var near = new NearExperiences(manual, 4).For(manual.Find("III-10")!, new HashSet<Fiche>());
        // III-10 (Bretagne) names both dimensions, as do III-1 (Bretagne) and the even ones; III-16 is in Bretagne too.
        Assert.Equal(["III-1", "III-16", "III-12", "III-14"], near.Select(n => n.Fiche.Id.Value));
        Assert.Equal([2, 2, 2, 2], near.Select(n => n.SharedDimensions));
        Assert.Equal(["Bretagne", "Bretagne", null, null], near.Select(n => n.Region));
    }

    [Fact]
    public void Leaves_out_what_the_page_already_shows()
    {
        var manual = WithExperiences(6);
        var shown = new HashSet<Fiche> { manual.Find("III-12")!, manual.Find("III-14")! };
        var near = new NearExperiences(manual, 10).For(manual.Find("III-10")!, shown);
        Assert.DoesNotContain(near, n => shown.Contains(n.Fiche));
        Assert.DoesNotContain(near, n => n.Fiche.Id.Value == "III-10");
        Assert.Equal(near.Count, near.Select(n => n.Fiche).Distinct().Count());
    }

    [Fact]
    public void Looks_at_a_bounded_window_of_each_dimension_so_the_cost_stays_linear()
    {
        var manual = WithExperiences(3 * NearExperiences.Window);
        var first = manual.Find("III-10")!;
        var near = new NearExperiences(manual, int.MaxValue).For(first, new HashSet<Fiche>());
        // However many expériences share a dimension, each one weighs at most a window on each side of it.
        Assert.InRange(near.Count, NearExperiences.Window, (3 * NearExperiences.Window) - 1);
        Assert.DoesNotContain(near, n => n.Fiche.Id.Value == $"III-{10 + (3 * NearExperiences.Window) - 1}");
    }

    [Fact]
    public void The_page_lists_at_most_the_count_of_site_yml_and_no_fiche_of_voir_aussi()
    {
        WithExperiences(12, "\nrelated:\n  experiences: 3\n");
        Assert.True(SiteBuilder.Run(new BuildOptions(_site.Root)).Written);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "fiches/iii-10.html")));
        var near = page.QuerySelectorAll(".experiences-proches li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(3, near.Count);
        var elsewhere = page.QuerySelectorAll(".suggestions a, .plus-loin a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.DoesNotContain(near, elsewhere.Contains);
        Assert.Contains("2 dimensions en commun", page.QuerySelector(".experiences-proches .raison")!.TextContent, StringComparison.Ordinal);
    }
}
