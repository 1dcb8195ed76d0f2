using System.Text.RegularExpressions;

namespace Classeur.Tests.Support;

/// <summary>Finds the English of the parsers (YamlDotNet, Markdig) and of .NET in a message meant for editors.</summary>
public static partial class FrenchText
{
    public static bool HasParserEnglish(string message) => English().IsMatch(message);

    [GeneratedRegex(@"\b(While|did not find|expected|found|not allowed|Exception|Operation is not valid|depth limit|Duplicate key|anchor|scalar|mapping|sequence|stream|token|indentation indicator)\b", RegexOptions.IgnoreCase)]
    private static partial Regex English();
}
