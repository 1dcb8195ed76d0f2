using Classeur.Content;
using Classeur.Diagnostics;
using Classeur.Model;
using YamlDotNet.RepresentationModel;

namespace Classeur.Parsing;

/// <summary>Reads the data files of content/: the keyword vocabulary, the bibliography records, the glossary.</summary>
internal static class DataFileReader
{
    private static readonly string[] KeywordFields = ["id", "label", "precision", "pertinentes"];
    private static readonly string[] RecordFields = ["id", "title", "authors", "organisation", "date", "publisher", "url", "group", "note", "section", "intro"];

    /// <param name="unreadable">Told when the file (null), or one entry (its id), cannot be read: their uses are then not reported again.</param>
    public static IReadOnlyList<Keyword> Keywords(SourceFile? file, DiagnosticBag diagnostics, Action<string?>? unreadable = null) =>
        ReadList(file, diagnostics, KeywordFields, "mot clef", unreadable, (values, reader, mapping) =>
            values.TryGetValue("label", out var label) && label is not null
                ? new Keyword(values["id"]!, label, values.GetValueOrDefault("precision"))
                {
                    Pertinent = mapping.Children.TryGetValue(new YamlScalarNode("pertinentes"), out var node)
                        ? [.. reader.TextList(node, "pertinentes").Select(p => p.Value)]
                        : [],
                }
                : null);

    private static readonly string[] GlossaryFields = ["id", "term", "expansion", "definition", "source"];

    /// <summary>content/glossaire.yml: acronyms with their expansion, definition and source.</summary>
    public static IReadOnlyList<GlossaryTerm> Glossary(SourceFile? file, DiagnosticBag diagnostics, Action<string?>? unreadable = null) =>
        ReadList(file, diagnostics, GlossaryFields, "sigle", unreadable, (values, reader, mapping) =>
        {
            if (values.GetValueOrDefault("term") is not { } term) return null;
            var expansion = values.GetValueOrDefault("expansion");
            var source = mapping.Children.TryGetValue(new YamlScalarNode("source"), out var node)
                ? LibraryReaders.Source(node, reader, "source", diagnostics)
                : null;
            return new GlossaryTerm(values["id"]!, term, expansion, values.GetValueOrDefault("definition"), source, reader.At(mapping));
        });

    public static IReadOnlyList<BibliographyRecord> Bibliography(SourceFile? file, DiagnosticBag diagnostics, Action<string?>? unreadable = null) =>
        ReadList(file, diagnostics, RecordFields, "notice", unreadable, (values, reader, mapping) =>
        {
            if (values.GetValueOrDefault("title") is not { } title) return null;
            var authors = mapping.Children.TryGetValue(new YamlScalarNode("authors"), out var node)
                ? reader.TextList(node, "authors").Select(a => a.Value).ToList()
                : [];
            return new BibliographyRecord(values["id"]!, title, authors, values.GetValueOrDefault("organisation"),
                values.GetValueOrDefault("date"), values.GetValueOrDefault("publisher"), values.GetValueOrDefault("url"),
                values.GetValueOrDefault("group"), values.GetValueOrDefault("note"),
                values.GetValueOrDefault("section"), values.GetValueOrDefault("intro"));
        });

    private static IReadOnlyList<T> ReadList<T>(SourceFile? file, DiagnosticBag diagnostics, string[] fields, string owner,
        Action<string?>? unreadable, Func<Dictionary<string, string?>, YamlReader, YamlMappingNode, T?> create)
        where T : class
    {
        if (file is null) return [];
        if (file.Text is null)
        {
            unreadable?.Invoke(null);
            return [];
        }
        var position = new YamlPosition(file.RelativePath, 1);
        var reader = new YamlReader(position, diagnostics);
        var root = YamlLoader.Load(file.Text, position, diagnostics, out var failed);
        // An entry that is not « id: … » fields could be any id: then no use of the file is reported as unknown.
        if (failed || root is not (null or YamlSequenceNode) || (root is YamlSequenceNode list && list.Children.Any(c => c is not YamlMappingNode)))
            unreadable?.Invoke(null);
        if (root is null) return [];

        var items = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mapping in reader.MappingList(root, owner))
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (key, value, _) in reader.Entries(mapping, fields, owner))
            {
                if (key is not ("authors" or "source" or "pertinentes")) values[key] = reader.Scalar(value, key);
            }
            if (values.GetValueOrDefault("id") is not { } id)
            {
                diagnostics.Report(DiagnosticCatalog.MissingField, reader.At(mapping), "id", $"Chaque {owner} a un identifiant (id: …).");
                unreadable?.Invoke(null);
                continue;
            }
            if (!seen.Add(id))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateDataId, reader.At(mapping), id, file.RelativePath);
                continue;
            }
            var item = create(values, reader, mapping);
            if (item is null)
            {
                unreadable?.Invoke(id);
                diagnostics.Report(DiagnosticCatalog.MissingField, reader.At(mapping), owner switch { "notice" => "title", "sigle" => "term / expansion", _ => "label" },
                    $"L'entrée « {id} » n'a pas de libellé.");
            }
            else
            {
                items.Add(item);
            }
        }
        return items;
    }
}
