using Classeur.Content;
using Classeur.Diagnostics;
using Classeur.Model;
using Classeur.Parsing.Extensions;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Classeur.Parsing;

/// <summary>
/// Parses one file with the shared pipeline: front matter to typed fields, body to an AST whose
/// headings get anchors and whose cross-references are recorded with their position (not resolved).
/// Checks that need only this file (syntax of ids, boxes, raw HTML) are reported here.
/// </summary>
internal sealed class FicheParser(MarkdownPipeline pipeline, bool allowHtml)
{
    public Fiche? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        if (file.Text is null) return null;
        var document = MarkdownReader.Parse(file.Text, pipeline, file.RelativePath, diagnostics);
        if (document is null) return null;
        if (document.FirstOrDefault() is not YamlFrontMatterBlock yamlBlock)
        {
            // Markdig sees no front matter when its closing « --- » is missing: say which.
            diagnostics.Report(OpensFrontMatter(file.Text) ? DiagnosticCatalog.UnclosedFrontMatter : DiagnosticCatalog.MissingFrontMatter,
                new SourceLocation(file.RelativePath, 1, 1));
            return null;
        }

        var position = new YamlPosition(file.RelativePath, yamlBlock.Line + 2);
        var front = FrontMatterReader.Read(yamlBlock.Lines.ToString(), position, diagnostics);
        if (front?.Id is null || front.Type is null) return null;

        var id = FicheId.TryParse(front.Id.Value);
        if (id is null)
        {
            var fixedCase = FicheId.TryParse(CaseFixed(front.Id.Value));
            diagnostics.Report(DiagnosticCatalog.InvalidId, front.Id.Location, front.Id.Value, FicheId.Grammar,
                Text.Suggestions.DidYouMean(fixedCase?.Value));
            return null;
        }
        if (id.Type != front.Type)
            diagnostics.Report(DiagnosticCatalog.IdTypeMismatch, front.Id.Location, id.Value,
                FicheTypes.Key(id.Type), FicheTypes.Key(front.Type.Value));

        var nodes = ParsedNodes.Of(document);
        var headings = AssignAnchors(nodes.Headings);
        var groups = GroupKeyColumns(nodes.Containers);
        CheckSyntax(nodes, file.RelativePath, diagnostics);
        TreeNodes.Remember(document, nodes.TreeNodes(groups));
        var references = nodes.References;

        return new Fiche
        {
            Id = id,
            Type = front.Type.Value,
            Title = front.Title ?? id.Value,
            Subtitle = front.Subtitle,
            ShortTitle = front.ShortTitle,
            Keywords = front.Keywords,
            SeeAlso = front.SeeAlso,
            SeeAlsoNote = front.SeeAlsoNote,
            SeeAlsoNoteFor = front.SeeAlsoNoteFor,
            Corrections = front.Corrections,
            Dimensions = front.Dimensions,
            Resources = front.Resources,
            Contacts = front.Contacts,
            Organisation = front.Organisation,
            Territory = front.Territory,
            Experimentation = front.Experimentation,
            Version = front.Version,
            VersionDate = front.VersionDate,
            IsDraft = front.IsDraft,
            Document = front.Document,
            Related = front.Related,
            Cases = front.Cases,
            BibliographyRefs = front.BibliographyRefs,
            Source = front.Source,
            Period = front.Period,
            SourceDate = front.SourceDate,
            Location = front.Id.Location,
            SourcePath = file.RelativePath,
            ContentPath = file.ContentRelativePath,
            Body = document,
            CrossReferences = references,
            Headings = headings,
        };
    }

    private static bool OpensFrontMatter(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).TrimEnd() == "---";
    }

    /// <summary>Ids the templates give to page elements (skip link target, blocks): headings avoid them.</summary>
    public static readonly IReadOnlyList<string> ReservedIds =
        ["contenu", "titre-fiche", "bloc-dimensions", "bloc-plus-loin", "bloc-contacts", "bloc-cite-par", "bloc-en-pratique", "bloc-experiences-proches",
        "bloc-document", "bloc-fiches-eclairees", "bloc-cas-decrits", "bloc-bibliographie-document", "bloc-cas-externes", "bloc-ressources-liees"];

    /// <summary>"i-c-2-A" → "I-C-2-a": ids typed in the wrong case are a common slip.</summary>
    internal static string CaseFixed(string id)
    {
        var parts = id.Split('-');
        for (var i = 0; i < parts.Length; i++)
            parts[i] = i == 3 ? parts[i].ToLowerInvariant() : parts[i].ToUpperInvariant();
        return string.Join('-', parts);
    }

    private static List<HeadingInfo> AssignAnchors(List<HeadingBlock> headingBlocks)
    {
        var scope = new Text.Slugger.Scope(ReservedIds);
        var headings = new List<HeadingInfo>(headingBlocks.Count);
        foreach (var heading in headingBlocks)
        {
            var text = InlineText.Of(heading.Inline);
            var anchor = scope.Unique(text);
            heading.GetAttributes().Id = anchor;
            headings.Add(new HeadingInfo(heading.Level, text, anchor));
        }
        return headings;
    }

    /// <summary>
    /// Puts an adjacent « ::: reussite » + « ::: vigilance » into one two-column group; returns each group made,
    /// by the first box it holds (the group takes that box's place in document order).
    /// </summary>
    private static Dictionary<CustomContainer, CustomContainer> GroupKeyColumns(List<ContainerBlock> containers)
    {
        var groups = new Dictionary<CustomContainer, CustomContainer>();
        foreach (var container in containers)
        {
            for (var i = 0; i < container.Count - 1; i++)
            {
                if (container[i] is CustomContainer { Info: ContainerKinds.Reussite } first
                    && container[i + 1] is CustomContainer { Info: ContainerKinds.Vigilance } second)
                {
                    var group = new CustomContainer(null!) { Info = ContainerKinds.Cles, Line = first.Line, Column = first.Column };
                    container.RemoveAt(i + 1);
                    container.RemoveAt(i);
                    group.Add(first);
                    group.Add(second);
                    container.Insert(i, group);
                    groups[first] = group;
                }
            }
        }
        return groups;
    }

    private void CheckSyntax(ParsedNodes nodes, string path, DiagnosticBag diagnostics)
    {
        foreach (var reference in nodes.References.Where(r => r.TargetId is null))
            diagnostics.Report(DiagnosticCatalog.MalformedCrossReference, At(path, reference.SourceLine, reference.SourceColumn), reference.Raw);

        foreach (var box in nodes.Boxes)
        {
            var kind = box.Info ?? "";
            if (kind == ContainerKinds.Cles) continue;
            if (!ContainerKinds.Written.Contains(kind))
                diagnostics.Report(DiagnosticCatalog.UnknownContainer, At(path, box.Line, box.Column), kind,
                    Text.Suggestions.DidYouMean(Text.Suggestions.Nearest(kind, ContainerKinds.Written)));
            else if (kind == ContainerKinds.Exemple && string.IsNullOrWhiteSpace(box.Arguments))
                diagnostics.Report(DiagnosticCatalog.ContainerMissingArgument, At(path, box.Line, box.Column), kind,
                    "l'identifiant de l'expérience illustrée", "exemple III-4");
            else if (kind == ContainerKinds.Lacune && !ContainerKinds.LacuneNotes.ContainsKey(box.Arguments?.Trim() ?? ""))
                diagnostics.Report(DiagnosticCatalog.ContainerMissingArgument, At(path, box.Line, box.Column), kind,
                    "ce qui manque : " + string.Join(", ", ContainerKinds.LacuneNotes.Keys)
                    + (string.IsNullOrWhiteSpace(box.Arguments) ? "" : $" (« {box.Arguments.Trim()} » n'en est pas un)"), "lacune figure");
        }

        if (allowHtml) return;
        foreach (var html in nodes.HtmlBlocks.Where(h => SafeHtml.IsEscaped(h.Lines.ToString())))
            diagnostics.Report(DiagnosticCatalog.RawHtmlEscaped, At(path, html.Line, html.Column), Excerpt(html.Lines.ToString()));
        foreach (var html in nodes.HtmlInlines.Where(h => SafeHtml.IsEscaped(h.Tag ?? "")))
            diagnostics.Report(DiagnosticCatalog.RawHtmlEscaped, At(path, html.Line, html.Column), Excerpt(html.Tag ?? ""));
    }

    private static string Excerpt(string html)
    {
        var line = html.Trim().Split('\n')[0];
        return line.Length > 40 ? line[..40] + "…" : line;
    }

    /// <summary>Markdig counts from 0; editors from 1.</summary>
    public static SourceLocation At(string path, int line, int column) => new(path, line + 1, column + 1);
}
