using System.Globalization;
using Classeur.Linking;
using Classeur.Parsing.Extensions;
using Classeur.Rendering;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Classeur.Build;

/// <summary>
/// A fingerprint of everything one page may show of another fiche: its front matter, its headings, what
/// its citations, example boxes and links point to, the sentence each citation is quoted with, the first
/// sentence of its « En bref »; plus the data files, the content files' list, the templates and site.yml.
/// When a save leaves it unchanged, the saved fiches' text changed only where their own pages show it:
/// a preview then renders those pages (and the print page, which compares the texts with the last edition)
/// and keeps every other page as the previous build wrote it.
/// </summary>
internal static class ManualFace
{
    public static UInt128 Of(LoadedManual loaded, UInt128 templatesAndSettings, int printed)
    {
        var manual = loaded.Manual;
        var texts = new List<string>
        {
            templatesAndSettings.ToString(CultureInfo.InvariantCulture), printed.ToString(CultureInfo.InvariantCulture),
            loaded.Content.Keywords?.Text ?? "\0", loaded.Content.Bibliography?.Text ?? "\0", loaded.Content.Glossary?.Text ?? "\0",
        };
        texts.AddRange(loaded.Content.Fiches.Select(f => f.RelativePath));
        texts.AddRange(loaded.Content.Assets);
        texts.AddRange(manual.UnpublishedDrafts.Select(f => f.SourcePath));
        // Each fiche's own part is worked out from its tree (in parallel, and kept by tree from one save to
        // the next while its links stay the same); who cites it, and how, comes from the other fiches.
        var parts = new UInt128[manual.Fiches.Count];
        Parallel.For(0, parts.Length, i => parts[i] = Part(manual.Fiches[i]));
        for (var i = 0; i < parts.Length; i++)
        {
            texts.Add(parts[i].ToString(CultureInfo.InvariantCulture));
            foreach (var backlink in manual.BacklinksTo(manual.Fiches[i]))
                texts.AddRange(["cite", backlink.Source.Id.Value, backlink.Context, backlink.IsQuote ? "q" : "-"]);
        }
        return ModelFingerprint.OfTexts(texts);
    }

    /// <summary>What other pages may show of a fiche, from its own tree and what the link phase wrote in it.</summary>
    private static UInt128 Part(Model.Fiche fiche)
    {
        var memo = TreeMemo.Of(fiche);
        var key = memo is null ? default : ModelFingerprint.OfTexts([fiche.SourcePath, LinkFingerprint.Of(fiche).ToString(CultureInfo.InvariantCulture)]);
        if (memo?.Face is { } kept && kept.Key == key) return kept.Value;
        var texts = new List<string> { "fiche", fiche.SourcePath, fiche.IsDraft ? "d" : "p", fiche.HasBody ? "b" : "-", FicheSummary.FirstSentence(fiche) ?? "\0" };
        foreach (var heading in fiche.Headings) texts.AddRange([heading.Level.ToString(CultureInfo.InvariantCulture), heading.Text, heading.Anchor]);
        foreach (var reference in fiche.CrossReferences)
            texts.AddRange([reference.Raw, reference.Resolved?.Url ?? "\0", reference.Resolved?.Text ?? "\0", reference.Resolved?.Title ?? "\0"]);
        foreach (var node in fiche.Body.Descendants())
        {
            switch (node)
            {
                case YamlFrontMatterBlock front:
                    texts.AddRange(["yaml", front.Lines.ToString()]);
                    break;
                case CustomContainer box:
                    texts.AddRange(["box", box.Info ?? "\0", box.Arguments ?? "\0", (box.GetData(ContainerKinds.ResolvedKey) as ResolvedLink)?.Url ?? "\0"]);
                    break;
                case LinkInline link:
                    texts.AddRange(["link", link.Url ?? "\0"]);
                    break;
                case AutolinkInline link:
                    texts.AddRange(["auto", link.Url]);
                    break;
            }
        }
        var part = ModelFingerprint.OfTexts(texts);
        if (memo is not null) memo.Face = new TreeMemo.Kept<UInt128>(key, part);
        return part;
    }
}
