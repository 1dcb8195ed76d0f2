using System.Text.RegularExpressions;

namespace Classeur.Tests.Support;

/// <summary>Finds the English of the parsers (YamlDotNet, Markdig) and of .NET in a message meant for editors.</summary>
public static partial class FrenchText
{
    public static bool HasParserEnglish(string message) => English().IsMatch(message);

    [GeneratedRegex(@"While (parsing|scanning)|did not find|found (unexpected|invalid|a tab|character|undefined|more|duplicate|incompatible)|not allowed in this context|could not find|end of (the )?stream|depth limit|too deeply nested|Operation is not valid|Sequence contains|Duplicate key|does not exists?|Exception\b|Object reference|Index was outside|Value cannot be null", RegexOptions.IgnoreCase)]
    private static partial Regex English();
}
