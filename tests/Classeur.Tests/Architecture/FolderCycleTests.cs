using System.Text.RegularExpressions;
using Classeur.Tests.Support;

namespace Classeur.Tests.Architecture;

/// <summary>
/// The library's folders (one namespace each) depend on each other without a loop, so each can be read,
/// tested and changed from the bottom up. Dependencies are read from the sources: using directives and
/// qualified names (Classeur.Print.X, or Print.X from a sibling namespace); comments and strings are not code.
/// </summary>
public sealed partial class FolderCycleTests
{
    [Fact]
    public void The_library_has_no_folder_cycle()
    {
        var library = Path.Combine(RepositoryPaths.Root, "generator", "Classeur");
        var sources = Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(library, f), File.ReadAllText);

        var graph = Dependencies(sources);

        Assert.True(graph.Count >= 10, "les dossiers de la bibliothèque n'ont pas été lus");
        var cycles = Cycles(graph);
        Assert.True(cycles.Count == 0, "Cycles entre dossiers : " + string.Join(" ; ", cycles.Select(c => string.Join(" → ", c))));
    }

    [Fact]
    public void A_cycle_through_a_sibling_name_is_found()
    {
        var sources = new Dictionary<string, string>
        {
            ["Model/Fiche.cs"] = "using Classeur.Parsing;\nnamespace Classeur.Model;\nclass Fiche {}",
            ["Parsing/Parser.cs"] = "namespace Classeur.Parsing;\n// Print.Nothing in a comment\nclass P { Model.Fiche f; string s = \"Print.Nope\"; }",
            ["Print/Printer.cs"] = "namespace Classeur.Print;\nclass Q {}",
        };

        var cycles = Cycles(Dependencies(sources));

        Assert.Equal(["Model → Parsing"], cycles.Select(c => string.Join(" → ", c.Order(StringComparer.Ordinal))));
    }

    /// <summary>Namespace (without « Classeur. ») → the other namespaces its files name.</summary>
    private static Dictionary<string, HashSet<string>> Dependencies(IReadOnlyDictionary<string, string> sources)
    {
        var code = sources.Values.Select(s => StringsAndComments().Replace(s, "\"\"")).ToList();
        var namespaces = code.Select(c => NamespaceLine().Match(c)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var graph = namespaces.ToDictionary(n => n, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var text in code)
        {
            var own = NamespaceLine().Match(text);
            if (!own.Success) continue;
            var from = own.Groups[1].Value;
            foreach (Match reference in QualifiedName().Matches(text))
            {
                var name = reference.Groups[1].Success ? reference.Groups[1].Value : reference.Groups[2].Value;
                // The longest namespace the dotted name starts with: Parsing.Extensions.X is Parsing.Extensions.
                var target = namespaces.Where(n => name == n || name.StartsWith(n + ".", StringComparison.Ordinal)).MaxBy(n => n.Length);
                if (target is not null && target != from) graph[from].Add(target);
            }
        }
        return graph;
    }

    /// <summary>Every strongly connected group of more than one namespace (Tarjan), each sorted, in order.</summary>
    private static List<List<string>> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var found = new List<List<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in graph[node].Order(StringComparer.Ordinal))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }
            if (low[node] != index[node]) return;
            var group = new List<string>();
            string member;
            do group.Add(member = stack.Pop()); while (member != node);
            if (group.Count > 1) found.Add([.. group.Order(StringComparer.Ordinal)]);
        }
        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
            if (!index.ContainsKey(node)) Visit(node);
        return [.. found.OrderBy(g => g[0], StringComparer.Ordinal)];
    }

    [GeneratedRegex("""//[^\n]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)'""")]
    private static partial Regex StringsAndComments();

    [GeneratedRegex(@"^namespace Classeur\.([A-Za-z.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    /// <summary>Classeur.A… anywhere, or A.B… not after a dot or a letter (a sibling namespace named from inside Classeur).</summary>
    [GeneratedRegex(@"\bClasseur\.([A-Z][A-Za-z]*(?:\.[A-Z][A-Za-z]*)*)|(?<![\w.])([A-Z][A-Za-z]*(?:\.[A-Z][A-Za-z]*)+)")]
    private static partial Regex QualifiedName();
}
