using System.Collections;

namespace Classeur.Print;

/// <summary>
/// A typed print model as dictionaries and lists, the shapes Handlebars.Net reads without generating
/// code: on typed objects it builds its accessors with MakeGenericMethod, which Native AOT cannot do
/// (« IsPage is undefined »). The records stay the print templates' typed contract; names are kept as
/// they are, so a template reads the same names, and strict mode still rejects any other.
/// </summary>
internal static class ModelValues
{
    public static object? Of(object? value)
    {
        switch (value)
        {
            case null or string or bool or int or long or double or decimal or Enum: return value;
            case IDictionary dictionary:
                var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in dictionary) entries[entry.Key.ToString()!] = Of(entry.Value);
                return entries;
            case IEnumerable items:
                var list = new List<object?>();
                foreach (var item in items) list.Add(Of(item));
                return list;
            default:
                // The site's models (bibliography sections) keep their snake_case names, as in the web's templates.
                var members = Rendering.TemplateMembers.Of(value.GetType());
                var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < members.Names.Length; i++) properties[members.Names[i]] = Of(members.Properties[i].GetValue(value));
                return properties;
        }
    }
}
