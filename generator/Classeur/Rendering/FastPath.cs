namespace Classeur.Rendering;

/// <summary>
/// A name a template reads: <c>fiche.title</c> from the current context, <c>@root.labels.x</c> from the
/// page's model, <c>this</c>, or a loop's <c>@index</c>, <c>@first</c>, <c>@last</c> (<see cref="IsData"/>).
/// </summary>
internal sealed record FastPath(bool FromRoot, bool IsData, string[] Segments)
{
    /// <summary>The characters of a name or a partial's name in this subset.</summary>
    public static readonly System.Buffers.SearchValues<char> NameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    /// <summary>The path written in <paramref name="text"/>, or null when it is more than this subset reads (<c>../</c>, <c>[x]</c>, <c>@key</c>…).</summary>
    public static FastPath? Parse(string text)
    {
        if (text == "this") return new(false, false, []);
        if (text is "@index" or "@first" or "@last") return new(false, true, [text[1..]]);
        var fromRoot = text.StartsWith("@root.", StringComparison.Ordinal);
        var rest = fromRoot ? text["@root.".Length..] : text;
        var segments = rest.Split('.');
        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment.AsSpan().ContainsAnyExcept(NameCharacters) || segment == "this" || char.IsAsciiDigit(segment[0])) return null;
        }
        return new(fromRoot, false, segments);
    }
}
