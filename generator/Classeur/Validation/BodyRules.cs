using Classeur.Diagnostics;
using Classeur.Model;
using Classeur.Parsing;
using Classeur.Parsing.Extensions;
using Classeur.Text;
using Markdig.Syntax;

namespace Classeur.Validation;

/// <summary>Rules on the body: cross-references, anchors, example boxes, links and images.</summary>
internal static class BodyRules
{
    public static void Check(Fiche fiche, Manual manual, FicheSuggester suggester, IReadOnlySet<string> contentFiles, DiagnosticBag diagnostics)
    {
        foreach (var reference in fiche.CrossReferences.Where(r => r.TargetId is not null))
        {
            var location = FicheParser.At(fiche.SourcePath, reference.SourceLine, reference.SourceColumn);
            var target = manual.Find(reference.TargetId!);
            if (target is null)
            {
                diagnostics.Report(DiagnosticCatalog.UnknownFiche, location, reference.TargetId!, suggester.Suggest(reference.TargetId!, from: fiche));
                continue;
            }
            if (target == fiche && reference.Anchor is null)
                diagnostics.Report(DiagnosticCatalog.SelfReference, location, fiche.Id.Value, reference.Raw);
            if (reference.Anchor is { } anchor && target.Headings.All(h => h.Anchor != anchor))
                diagnostics.Report(DiagnosticCatalog.MissingAnchor, location, target.Id.Value, anchor,
                    Suggestions.DidYouMean(Suggestions.Nearest(anchor, target.Headings.Select(h => h.Anchor))));
        }

        var nodes = Parsing.TreeNodes.Of(fiche);
        foreach (var box in nodes.Boxes.Where(b => b.Info == ContainerKinds.Exemple))
        {
            var id = box.Arguments?.Trim();
            if (string.IsNullOrEmpty(id)) continue;
            var location = FicheParser.At(fiche.SourcePath, box.Line, box.Column);
            var target = manual.Find(id);
            if (target is null)
                diagnostics.Report(DiagnosticCatalog.UnknownFiche, location, id, suggester.Suggest(id, f => f.Type == FicheType.Experience, fiche));
            else if (target == fiche)
                diagnostics.Report(DiagnosticCatalog.SelfReference, location, id, "::: exemple");
            else if (target.Type != FicheType.Experience)
                diagnostics.Report(DiagnosticCatalog.WrongRelationType, location, "Le bloc « ::: exemple »", "une expérience (III-n)",
                    id, FicheTypes.WithArticle(target.Type), " Pour un autre type de fiche, utilisez un renvoi [[ID]] ou un « ::: encadre ».");
        }

        CheckHeadingLevels(fiche, nodes.Headings, diagnostics);

        foreach (var link in nodes.Links)
            CheckLink(fiche, link.Url ?? "", FicheParser.At(fiche.SourcePath, link.Line, link.Column), contentFiles, diagnostics);
    }

    /// <summary>
    /// The page title is the h1; the body starts at ## and goes down one level at a time, so that
    /// screen-reader users can walk the outline (WCAG 1.3.1).
    /// </summary>
    private static void CheckHeadingLevels(Fiche fiche, HeadingBlock[] headings, DiagnosticBag diagnostics)
    {
        var previous = 1;
        foreach (var heading in headings)
        {
            // The heading's text and place are worked out only for a heading reported.
            string Text() => InlineText.Of(heading.Inline);
            SourceLocation Location() => FicheParser.At(fiche.SourcePath, heading.Line, heading.Column);
            if (heading.Level == 1)
                diagnostics.Report(DiagnosticCatalog.HeadingLevelSkipped, Location(), Text(), 1, previous,
                    "le niveau 1 (#) est le titre de la fiche, qui vient du front matter. Commencez les sections par ##.");
            else if (heading.Level > previous + 1)
                diagnostics.Report(DiagnosticCatalog.HeadingLevelSkipped, Location(), Text(), heading.Level, previous,
                    $"écrivez-le avec {new string('#', previous + 1)}, ou ajoutez l'intertitre intermédiaire imprimé.");
            previous = heading.Level;
        }
    }

    private static void CheckLink(Fiche fiche, string url, SourceLocation location, IReadOnlySet<string> contentFiles, DiagnosticBag diagnostics)
    {
        var (kind, resolved, scheme) = LocalPaths.Classify(url, fiche.ContentPath);
        switch (kind)
        {
            case LocalPaths.Kind.Unsafe:
                diagnostics.Report(DiagnosticCatalog.UnsafeLink, location, url, scheme + ":");
                break;
            case LocalPaths.Kind.Outside:
                diagnostics.Report(DiagnosticCatalog.PathOutsideContent, location, url);
                break;
            case LocalPaths.Kind.Local when !contentFiles.Contains(resolved!):
                diagnostics.Report(DiagnosticCatalog.MissingLocalFile, location, url, "content/" + resolved);
                break;
            default:
                break;
        }
    }
}
