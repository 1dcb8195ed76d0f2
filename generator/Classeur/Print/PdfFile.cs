using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Classeur.Print;

/// <summary>Small facts read from, and fixes made to, the PDFs Chromium writes.</summary>
internal static partial class PdfFile
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

    /// <summary>
    /// Chromium writes the bookmark of a heading that a page break pushed to the next page with its text
    /// twice (« Présentation de la méthodePrésentation de la méthode »). Each such title is written once,
    /// as a hex string padded with spaces to the same length (a hex string ignores white space): byte
    /// offsets stay valid, and the rest of the file (tags, language, links) is untouched.
    /// </summary>
    public static byte[] WithoutDoubledTitles(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var fixedText = OutlineTitle().Replace(text, m =>
        {
            var (bytes, unicode) = m.Groups["hex"].Success ? (Convert.FromHexString(m.Groups["hex"].Value), true) : (Literal(m.Groups["literal"].Value), false);
            var content = unicode ? bytes.AsSpan(2) : bytes.AsSpan();
            var unit = unicode ? 2 : 1;
            var half = content.Length / 2;
            if (content.Length < 2 * unit || content.Length % (2 * unit) != 0 || !content[..half].SequenceEqual(content[half..])) return m.Value;
            var once = Convert.ToHexString(unicode ? bytes.AsSpan(0, 2 + half) : content[..half]);
            var hex = "<" + once;
            return m.Groups["key"].Value + hex + new string(' ', m.Length - m.Groups["key"].Length - hex.Length - 1) + ">";
        });
        return Encoding.Latin1.GetBytes(fixedText);
    }

    /// <summary>The bytes of a PDF literal string's content (its escapes undone).</summary>
    private static byte[] Literal(string content)
    {
        var bytes = new List<byte>(content.Length);
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c != '\\' || i + 1 == content.Length)
            {
                bytes.Add((byte)c);
                continue;
            }
            var next = content[++i];
            if (next is >= '0' and <= '7')
            {
                var value = 0;
                var digits = 0;
                while (digits < 3 && i < content.Length && content[i] is >= '0' and <= '7')
                {
                    value = value * 8 + (content[i++] - '0');
                    digits++;
                }
                i--;
                bytes.Add((byte)value);
                continue;
            }
            switch (next)
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case 'b': bytes.Add((byte)'\b'); break;
                case 'f': bytes.Add((byte)'\f'); break;
                case '\r' or '\n': break;
                default: bytes.Add((byte)next); break;
            }
        }
        return [.. bytes];
    }

    /// <summary>The number of pages, read by PdfPig.</summary>
    public static int PageCount(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    [GeneratedRegex(@"(?<key>/Title\s*)(?:<(?<hex>FEFF(?:[0-9A-F]{4})+)>|\((?<literal>(?:[^()\\]|\\.)*)\))", RegexOptions.IgnoreCase)]
    private static partial Regex OutlineTitle();

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\s*)\(D:\d{14}\+00'00'\)")]
    private static partial Regex DateEntry();
}
