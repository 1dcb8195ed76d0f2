using System.Text;
using Classeur.Print;

namespace Classeur.Tests;

/// <summary>The fixes made to Chromium's PDF bytes: same length, so that every byte offset stays valid.</summary>
public sealed class PdfFileTests
{
    [Fact]
    public void A_doubled_bookmark_title_is_written_once_in_the_same_number_of_bytes()
    {
        var doubled = Hex("Présentation de la méthodePrésentation de la méthode");
        var pdf = $"1 0 obj\n<</Title {doubled}\n/Parent 2 0 R>>\n2 0 obj\n<</Title (Pour aller plus loinPour aller plus loin)>>\n3 0 obj\n<</Title (Bora Bora) /T (xx)>>\n";
        var bytes = Encoding.Latin1.GetBytes(pdf);

        var fixedPdf = Encoding.Latin1.GetString(PdfFile.WithoutDoubledTitles(bytes));

        Assert.Equal(pdf.Length, fixedPdf.Length);
        Assert.Contains($"<</Title {Hex("Présentation de la méthode")[..^1]}    ", fixedPdf, StringComparison.Ordinal);
        Assert.Contains($"<</Title <{Convert.ToHexString(Encoding.Latin1.GetBytes("Pour aller plus loin"))}>>>", fixedPdf, StringComparison.Ordinal);
        Assert.Contains("<</Title (Bora Bora) /T (xx)>>", fixedPdf, StringComparison.Ordinal);
    }

    [Fact]
    public void A_literal_title_with_escapes_is_read_as_its_bytes()
    {
        var pdf = Encoding.Latin1.GetBytes("<</Title (La d\\351marcheLa d\\351marche)>>");
        var fixedPdf = Encoding.Latin1.GetString(PdfFile.WithoutDoubledTitles(pdf));
        Assert.Equal(pdf.Length, fixedPdf.Length);
        Assert.StartsWith($"<</Title <{Convert.ToHexString(Encoding.Latin1.GetBytes("La démarche"))} ", fixedPdf, StringComparison.Ordinal);
        Assert.EndsWith(">>>", fixedPdf, StringComparison.Ordinal);
    }

    private static string Hex(string text) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
}
