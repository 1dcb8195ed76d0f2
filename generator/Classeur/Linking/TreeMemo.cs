using System.Runtime.CompilerServices;
using Classeur.Model;
using Markdig.Syntax;

namespace Classeur.Linking;

/// <summary>
/// What a preview works out from one parsed tree and keeps for its next builds: the fiche's summary, the
/// sentences it cites other fiches with, its part of the manual's face. Each is kept with the key it was
/// worked out under (<see cref="LinkFingerprint"/>: what the link phase wrote in the tree) and reused only
/// under the same key. (Search keeps its texts by tree the same way, in Search/SearchDocuments: this folder
/// does not know search.) Only trees a preview keeps (Build/ParsedFiches) have a memo: a plain build works
/// everything out once and keeps nothing. Held weakly by tree: a tree no longer parsed takes its memo along.
/// </summary>
internal sealed class TreeMemo
{
    private static readonly ConditionalWeakTable<MarkdownDocument, TreeMemo> ByTree = [];

    /// <summary>A value and the key it was worked out under (a class: read and written whole from any thread).</summary>
    public sealed record Kept<T>(UInt128 Key, T Value);

    public static void Attach(MarkdownDocument tree) => ByTree.TryAdd(tree, new TreeMemo());

    public static TreeMemo? Of(Fiche fiche) => ByTree.TryGetValue(fiche.Body, out var memo) ? memo : null;

    public Kept<string?>? Summary { get; set; }

    /// <summary>Each citation's and example box's target id and sentence, in the order the link phase adds them.</summary>
    public Kept<(string Target, string Sentence)[]>? Citations { get; set; }

    public Kept<UInt128>? Face { get; set; }
}
