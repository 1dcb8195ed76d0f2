using System.Text;

namespace Classeur.Text;

/// <summary>
/// Turns a heading into an anchor: lowercase ASCII, accents removed, other characters as hyphens.
/// "De quoi s’agit-il ?" → "de-quoi-s-agit-il". Editors type these anchors in [[ID#anchor]], so the
/// rule must stay simple and stable.
/// </summary>
internal static class Slugger
{
    public static string Slugify(string text)
    {
        var bare = Diacritics.Strip(text);
        var builder = new StringBuilder(bare.Length);
        var pendingHyphen = false;
        foreach (var c in bare)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is 'œ') { Append('o', 'e'); continue; }
            if (lower is 'æ') { Append('a', 'e'); continue; }
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
                Append(lower);
            else
                pendingHyphen = builder.Length > 0;
        }
        return builder.ToString();

        // Characters, not strings: a heading's slug was a string per letter.
        void Append(char first, char second = '\0')
        {
            if (pendingHyphen) builder.Append('-');
            pendingHyphen = false;
            builder.Append(first);
            if (second != '\0') builder.Append(second);
        }
    }

    /// <summary>Gives each heading of one page a unique anchor, in document order.</summary>
    public sealed class Scope
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        /// <param name="reserved">Ids the page template already uses: a heading never takes them.</param>
        public Scope(IEnumerable<string>? reserved = null)
        {
            foreach (var id in reserved ?? []) _seen[id] = 1;
        }

        public string Unique(string text)
        {
            var slug = Slugify(text);
            if (slug.Length == 0) slug = "section";
            if (_seen.TryGetValue(slug, out var count))
            {
                _seen[slug] = count + 1;
                return $"{slug}-{count + 1}";
            }
            _seen[slug] = 1;
            return slug;
        }
    }
}
