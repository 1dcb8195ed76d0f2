using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace Classeur.Print;

/// <summary>
/// PdfPig's writer, adding the document's language to the catalog (/Lang, which PdfPig's builder does not
/// set): screen readers read a binder in French, as they read the fiches' own PDFs that Chromium writes.
/// </summary>
internal sealed class LanguageWriter(string language) : ITokenWriter
{
    private readonly TokenWriter _writer = new();

    public bool WritingPageContents
    {
        get => _writer.WritingPageContents;
        set => _writer.WritingPageContents = value;
    }

    public void WriteToken(IToken token, Stream outputStream)
    {
        if (token is ObjectToken { Data: DictionaryToken data } written && IsCatalog(data))
            token = new ObjectToken(written.Position, written.Number, data.With(NameToken.Lang, new StringToken(language)));
        else if (token is DictionaryToken dictionary && IsCatalog(dictionary))
            token = dictionary.With(NameToken.Lang, new StringToken(language));
        _writer.WriteToken(token, outputStream);
    }

    private static bool IsCatalog(DictionaryToken dictionary) =>
        dictionary.TryGet(NameToken.Type, out var type) && type is NameToken { Data: "Catalog" } && !dictionary.ContainsKey(NameToken.Lang);

    public void WriteObject(long objectNumber, int generation, byte[] data, Stream outputStream) =>
        _writer.WriteObject(objectNumber, generation, data, outputStream);

    public void WriteCrossReferenceTable(IReadOnlyDictionary<IndirectReference, long> objectOffsets, IndirectReference catalogToken,
        Stream outputStream, IndirectReference? documentInformationReference, long? previousCrossReferenceOffset = null) =>
        _writer.WriteCrossReferenceTable(objectOffsets, catalogToken, outputStream, documentInformationReference, previousCrossReferenceOffset);
}
