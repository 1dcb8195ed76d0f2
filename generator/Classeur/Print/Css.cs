using System.Text;

namespace Classeur.Print;

/// <summary>Text written into CSS by the print: a quoted string for a margin box's content.</summary>
internal static class Css
{
    public static string Quote(string text)
    {
        var escaped = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') escaped.Append('\\').Append(c);
            else if (c is '\n' or '\r') escaped.Append(' ');
            else escaped.Append(c);
        }
        return escaped.Append('"').ToString();
    }
}
