using Classeur.Diagnostics;
using Classeur.Model;
using YamlDotNet.RepresentationModel;

namespace Classeur.Parsing;

/// <summary>
/// Reads typed values out of YAML nodes, reporting a French diagnostic at the value's position when
/// the shape is wrong (a list where a text was expected, and so on). Shared by front matter and data files.
/// </summary>
internal sealed class YamlReader(YamlPosition position, DiagnosticBag diagnostics)
{
    public YamlPosition Position { get; } = position;

    public SourceLocation At(YamlNode node) => Position.At(node);

    public void Report(DiagnosticDescriptor descriptor, YamlNode node, params object[] args) =>
        diagnostics.Report(descriptor, At(node), args);

    public void ReportAt(DiagnosticDescriptor descriptor, SourceLocation location, params object[] args) =>
        diagnostics.Report(descriptor, location, args);

    public string? Scalar(YamlNode node, string field)
    {
        if (node is YamlScalarNode scalar)
        {
            var value = scalar.Value?.Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }
        diagnostics.Report(DiagnosticCatalog.InvalidValue, At(node), field, "un texte est attendu (une seule ligne, entre guillemets si besoin)");
        return null;
    }

    public int? Integer(YamlNode node, string field)
    {
        var text = Scalar(node, field);
        if (text is null) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
            return value;
        diagnostics.Report(DiagnosticCatalog.InvalidValue, At(node), field, $"« {text} » n'est pas un nombre entier");
        return null;
    }

    /// <summary>A list of texts; a single text is accepted as a list of one, since editors often write it so.</summary>
    public IReadOnlyList<Located<string>> TextList(YamlNode node, string field)
    {
        if (node is YamlScalarNode single)
        {
            var text = Scalar(single, field);
            return text is null ? [] : [new Located<string>(text, At(single))];
        }
        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidValue, At(node), field, "une liste est attendue, par exemple [I-B-1, I-C-2-a]");
            return [];
        }
        var items = new List<Located<string>>();
        foreach (var item in sequence)
        {
            var text = Scalar(item, field);
            if (text is not null) items.Add(new Located<string>(text, At(item)));
        }
        return items;
    }

    /// <summary>
    /// A front-matter list of ids (keywords, see_also…). A single text still counts as a list of one,
    /// but is reported (CLS0113): the schema editors validate against wants a list, and
    /// « keywords: a, b » would otherwise pass for one keyword named « a, b ».
    /// </summary>
    public IReadOnlyList<Located<string>> IdList(YamlNode node, string field)
    {
        if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
            diagnostics.Report(DiagnosticCatalog.ListExpected, At(node), field,
                string.Join(", ", value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        return TextList(node, field);
    }

    public YamlMappingNode? Mapping(YamlNode node, string field)
    {
        if (node is YamlMappingNode mapping) return mapping;
        diagnostics.Report(DiagnosticCatalog.InvalidValue, At(node), field, "des champs sont attendus (clé: valeur, en retrait)");
        return null;
    }

    public IEnumerable<YamlMappingNode> MappingList(YamlNode node, string field)
    {
        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidValue, At(node), field, "une liste est attendue (chaque élément commence par « - »)");
            yield break;
        }
        foreach (var item in sequence)
        {
            if (Mapping(item, field) is { } mapping) yield return mapping;
        }
    }

    /// <summary>Enumerates the keys of a mapping, reporting keys not in <paramref name="allowed"/>.</summary>
    public IEnumerable<(string Key, YamlNode Value, YamlNode KeyNode)> Entries(
        YamlMappingNode mapping, IReadOnlyCollection<string> allowed, string owner, IReadOnlyCollection<string>? listed = null)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key))
            {
                var suggestion = Classeur.Text.Suggestions.Nearest(key, listed ?? allowed);
                diagnostics.Report(DiagnosticCatalog.UnknownKey, At(keyNode), key, owner,
                    Classeur.Text.Suggestions.DidYouMean(suggestion), string.Join(", ", listed ?? allowed));
                continue;
            }
            yield return (key, value, keyNode);
        }
    }
}
