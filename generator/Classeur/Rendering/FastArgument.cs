namespace Classeur.Rendering;

/// <summary>A block helper's argument: a path, or a literal (a whole number, a "string").</summary>
internal sealed record FastArgument(FastPath? Path, object? Literal)
{
    public static FastArgument? Parse(string text)
    {
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"' && text.IndexOf('"', 1) == text.Length - 1) return new(null, text[1..^1]);
        if (text.Length is > 0 and < 10 && text.All(char.IsAsciiDigit)) return new(null, int.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
        return FastPath.Parse(text) is { } path ? new(path, null) : null;
    }
}
