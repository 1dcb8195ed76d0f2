namespace Classeur.Rendering.Models;

/// <summary>
/// The site's words (<c>{{labels.voir_tout}}</c>): Classeur's defaults overridden and extended by
/// site.yml's <c>labels:</c>. Open-ended by design (a template may use a label its author added), so
/// read by name; a name neither Classeur nor site.yml defines is still an error.
/// </summary>
internal sealed class LabelTable(IReadOnlyDictionary<string, string> labels) : ITemplateModel
{
    public IReadOnlyDictionary<string, string> Entries { get; } = labels;

    public bool TryGet(string name, out string? value)
    {
        var found = Entries.TryGetValue(name, out var text);
        value = text;
        return found;
    }
}
