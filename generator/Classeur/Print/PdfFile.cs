using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Classeur.Print;

/// <summary>Small facts read from, and fixes made to, the PDFs Chromium writes.</summary>
public static partial class PdfFile
{
    /// <summary>
    /// The print date is the only thing that differs between two prints of the same content: it is
    /// replaced by a fixed date of the same length, so byte offsets stay valid and a rebuild is
    /// byte-identical, as the site is.
    /// </summary>
    public static byte[] Reproducible(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var fixedText = DateEntry().Replace(text, m => m.Groups[1].Value + "(D:20000101000000+00'00')");
        return fixedText.Length == text.Length ? Encoding.Latin1.GetBytes(fixedText) : pdf;
    }

    /// <summary>The number of pages, read by PdfPig.</summary>
    public static int PageCount(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\s*)\(D:\d{14}\+00'00'\)")]
    private static partial Regex DateEntry();
}
