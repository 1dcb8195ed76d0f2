using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace Classeur.Print;

/// <summary>
/// Gives an assembled binder the tagged structure of the pieces Chromium printed (PdfPig's builder copies
/// pages, not structure trees): each piece's structure elements are copied with their pages and marked
/// content pointing to the binder's pages, under one structure tree root with a parent tree renumbered
/// page by page, and the catalog says the document is tagged (/MarkInfo). Written as an incremental update
/// (new objects, the pages and catalog rewritten, a new cross-reference section): the bytes PdfPig wrote
/// stay as they are. Links lose their tag (PdfPig copies annotations without it); a blank verso and the
/// stamped corner numbers are not part of the structure.
/// </summary>
internal static class BinderStructure
{
    /// <summary><paramref name="sources"/>: for each page of <paramref name="pdf"/>, the piece's document and page it comes from (null: a blank verso).</summary>
    public static byte[] Add(byte[] pdf, IReadOnlyList<(PdfDocument Document, int Page)?> sources)
    {
        using var output = PdfDocument.Open(pdf);
        var pages = Pages(output, output.Structure.Catalog.CatalogDictionary);
        if (pages.Count != sources.Count) return pdf;
        var next = output.Structure.Trailer.Size;
        var written = new SortedDictionary<long, IToken>();
        var root = new IndirectReference(next++, 0);
        // One document element, whose parts are the pieces' own document elements (a tagged PDF's root has one child).
        var document = new IndirectReference(next++, 0);
        var elements = new List<IToken>();
        var parentTree = new List<IToken>();
        var keys = new Dictionary<int, int>();

        foreach (var group in Enumerable.Range(0, sources.Count).Where(i => sources[i] is not null).GroupBy(i => sources[i]!.Value.Document))
        {
            var source = group.Key;
            var sourceCatalog = source.Structure.Catalog.CatalogDictionary;
            if (!sourceCatalog.TryGet(NameToken.StructTreeRoot, out var rootToken) || rootToken is not IndirectReferenceToken sourceRootRef) continue;
            var sourceRoot = (DictionaryToken)source.Structure.GetObject(sourceRootRef.Data).Data;
            var sourcePages = Pages(source, sourceCatalog);
            // A source page's reference, and a reference to its root, become the binder's.
            var map = new Dictionary<IndirectReference, IndirectReference> { [sourceRootRef.Data] = document };
            foreach (var i in group) map[sourcePages[sources[i]!.Value.Page - 1].Reference] = pages[i].Reference;
            var copier = new Copier(source, map, written, () => new IndirectReference(next++, 0));
            if (sourceRoot.TryGet(NameToken.K, out var kids)) elements.AddRange(Items(copier.Copy(kids)));
            var sourceParents = ParentTree(source, sourceRoot);
            foreach (var i in group)
            {
                var page = sourcePages[sources[i]!.Value.Page - 1].Dictionary;
                if (!page.TryGet(NameToken.StructParents, out var keyToken) || keyToken is not NumericToken key || !sourceParents.TryGetValue(key.Int, out var parents)) continue;
                keys[i] = parentTree.Count / 2;
                parentTree.Add(new NumericToken(keys[i]));
                parentTree.Add(copier.Copy(parents));
            }
        }
        if (elements.Count == 0) return pdf;

        // Each page's key in the new parent tree; a page without one (a blank verso) loses the key its piece gave it.
        for (var i = 0; i < pages.Count; i++)
        {
            var (reference, dictionary) = pages[i];
            if (keys.TryGetValue(i, out var key)) written[reference.ObjectNumber] = dictionary.With(NameToken.StructParents, new NumericToken(key));
            else if (dictionary.ContainsKey(NameToken.StructParents)) written[reference.ObjectNumber] = Without(dictionary, NameToken.StructParents);
        }
        foreach (var element in elements.OfType<IndirectReferenceToken>())
            if (written[element.Data.ObjectNumber] is DictionaryToken part && part.TryGet(NameToken.S, out var type) && type is NameToken { Data: "Document" })
                written[element.Data.ObjectNumber] = part.With(NameToken.S, NameToken.Create("Part"));
        written[document.ObjectNumber] = new DictionaryToken(new Dictionary<NameToken, IToken>
        {
            [NameToken.Type] = NameToken.Create("StructElem"),
            [NameToken.S] = NameToken.Create("Document"),
            [NameToken.P] = new IndirectReferenceToken(root),
            [NameToken.K] = new ArrayToken(elements),
        });
        written[root.ObjectNumber] = new DictionaryToken(new Dictionary<NameToken, IToken>
        {
            [NameToken.Type] = NameToken.StructTreeRoot,
            [NameToken.K] = new IndirectReferenceToken(document),
            [NameToken.ParentTree] = new DictionaryToken(new Dictionary<NameToken, IToken> { [NameToken.Nums] = new ArrayToken(parentTree) }),
            [NameToken.ParentTreeNextKey] = new NumericToken(parentTree.Count / 2),
        });
        var catalogReference = output.Structure.Trailer.Root;
        written[catalogReference.ObjectNumber] = output.Structure.Catalog.CatalogDictionary
            .With(NameToken.StructTreeRoot, new IndirectReferenceToken(root))
            .With(NameToken.MarkInfo, new DictionaryToken(new Dictionary<NameToken, IToken> { [NameToken.Marked] = BooleanToken.True }));
        return Update(pdf, written, next, output.Structure.Trailer, output.Structure.XrefOffset);
    }

    private static IEnumerable<IToken> Items(IToken token) => token is ArrayToken array ? array.Data : [token];

    private static DictionaryToken Without(DictionaryToken dictionary, NameToken key) =>
        new(dictionary.Data.Where(p => p.Key != key.Data).ToDictionary(p => NameToken.Create(p.Key), p => p.Value));

    /// <summary>The pages in order: reference and dictionary.</summary>
    private static List<(IndirectReference Reference, DictionaryToken Dictionary)> Pages(PdfDocument document, DictionaryToken catalog)
    {
        var pages = new List<(IndirectReference, DictionaryToken)>();
        void Walk(IndirectReference node)
        {
            var dictionary = (DictionaryToken)document.Structure.GetObject(node).Data;
            if (dictionary.TryGet(NameToken.Kids, out var kidsToken) && kidsToken is ArrayToken kids)
                foreach (var kid in kids.Data.OfType<IndirectReferenceToken>()) Walk(kid.Data);
            else pages.Add((node, dictionary));
        }
        Walk(((IndirectReferenceToken)catalog.Data[NameToken.Pages.Data]).Data);
        return pages;
    }

    /// <summary>The parent tree's entries (a number tree): key → the structure elements of a page's marked content.</summary>
    private static Dictionary<int, IToken> ParentTree(PdfDocument document, DictionaryToken root)
    {
        var entries = new Dictionary<int, IToken>();
        IToken Resolve(IToken token) => token is IndirectReferenceToken r ? document.Structure.GetObject(r.Data).Data : token;
        void Walk(IToken node)
        {
            if (Resolve(node) is not DictionaryToken dictionary) return;
            if (dictionary.TryGet(NameToken.Nums, out var nums) && Resolve(nums) is ArrayToken pairs)
                for (var i = 0; i + 1 < pairs.Length; i += 2)
                    if (pairs.Data[i] is NumericToken key) entries[key.Int] = pairs.Data[i + 1];
            if (dictionary.TryGet(NameToken.Kids, out var kids) && Resolve(kids) is ArrayToken array)
                foreach (var kid in array.Data) Walk(kid);
        }
        if (root.TryGet(NameToken.ParentTree, out var tree)) Walk(tree);
        return entries;
    }

    /// <summary>Copies structure objects from a piece, each once, renumbered; references to annotations (OBJR) are dropped.</summary>
    private sealed class Copier(PdfDocument source, Dictionary<IndirectReference, IndirectReference> map, SortedDictionary<long, IToken> written,
        Func<IndirectReference> allocate)
    {
        public IToken Copy(IToken token)
        {
            switch (token)
            {
                case IndirectReferenceToken reference:
                    if (map.TryGetValue(reference.Data, out var known)) return new IndirectReferenceToken(known);
                    var target = source.Structure.GetObject(reference.Data).Data;
                    if (target is DictionaryToken d && IsDropped(d)) return NullToken.Instance;
                    var copy = allocate();
                    map[reference.Data] = copy;
                    written[copy.ObjectNumber] = Copy(target);
                    return new IndirectReferenceToken(copy);
                case DictionaryToken dictionary:
                    if (IsDropped(dictionary)) return NullToken.Instance;
                    return new DictionaryToken(dictionary.Data.Where(p => p.Key != "ID").ToDictionary(p => NameToken.Create(p.Key), p => Copy(p.Value)));
                case ArrayToken array:
                    return new ArrayToken([.. array.Data.Select(Copy).Where(t => t is not NullToken)]);
                default:
                    return token;
            }
        }

        /// <summary>An object reference (a link's tag): PdfPig copied the annotation without it.</summary>
        private static bool IsDropped(DictionaryToken dictionary) =>
            dictionary.TryGet(NameToken.Type, out var type) && type is NameToken { Data: "OBJR" };
    }

    /// <summary>The PDF, then the new and rewritten objects, a cross-reference section for them and a trailer that points back to the first.</summary>
    private static byte[] Update(byte[] pdf, SortedDictionary<long, IToken> objects, long size, UglyToad.PdfPig.CrossReference.TrailerDictionary trailer, long previous)
    {
        using var stream = new MemoryStream();
        stream.Write(pdf);
        var writer = new TokenWriter();
        var offsets = new List<(long Number, long Offset)>();
        void Text(string text) => stream.Write(Encoding.ASCII.GetBytes(text));
        Text("\n");
        foreach (var (number, token) in objects)
        {
            offsets.Add((number, stream.Position));
            Text(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n"));
            writer.WriteToken(token, stream);
            Text("\nendobj\n");
        }
        var xref = stream.Position;
        Text("xref\n");
        foreach (var (number, offset) in offsets)
            Text(string.Create(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n\r\n"));
        var entries = new Dictionary<NameToken, IToken>
        {
            [NameToken.Size] = new NumericToken(size),
            [NameToken.Root] = new IndirectReferenceToken(trailer.Root),
            [NameToken.Prev] = new NumericToken(previous),
        };
        if (trailer.Info is { } info) entries[NameToken.Info] = info;
        Text("trailer\n");
        writer.WriteToken(new DictionaryToken(entries), stream);
        Text(string.Create(CultureInfo.InvariantCulture, $"\nstartxref\n{xref}\n%%EOF\n"));
        return stream.ToArray();
    }
}
