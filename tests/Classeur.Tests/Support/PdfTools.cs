using System.Diagnostics;

namespace Classeur.Tests.Support;

/// <summary>
/// Reads PDFs back with poppler's pdfinfo and pdftotext (Debian package poppler-utils, installed by
/// .ci/run), and finds the Chromium the print tests need. Both are required: a print test that could
/// silently skip would prove nothing.
/// </summary>
public static class PdfTools
{
    public static string Chromium =>
        Classeur.Print.ChromiumLocator.Find(null, Environment.GetEnvironmentVariable(Classeur.Print.ChromiumLocator.EnvironmentVariable), null).Path
        ?? throw new InvalidOperationException("The print tests need Chromium: apt-get install chromium (or set CLASSEUR_CHROMIUM).");

    /// <summary>pdfinfo's fields (Title, Pages, Page size…) as a dictionary.</summary>
    public static Dictionary<string, string> Info(string pdf) =>
        Run("pdfinfo", pdf).Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim());

    public static int Pages(string pdf) => int.Parse(Info(pdf)["Pages"], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The text of one page (1-based).</summary>
    public static string PageText(string pdf, int page) =>
        Run("pdftotext", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-layout", pdf, "-");

    /// <summary>
    /// The text of every page, in order (pdftotext separates pages with a form feed): laid out as printed,
    /// or in reading order with its whitespace collapsed, where a footer on two lines reads as one.
    /// </summary>
    public static IReadOnlyList<string> PagesText(string pdf, bool layout = true)
    {
        var pages = (layout ? Run("pdftotext", "-layout", pdf, "-") : Run("pdftotext", pdf, "-")).Split('\f')[..^1];
        return layout ? pages : pages.Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToArray();
    }

    /// <summary>Every line of the PDF's text in reading order (pdftotext without -layout), pages one after the other.</summary>
    public static IReadOnlyList<string> Lines(string pdf) => Run("pdftotext", pdf, "-").Split('\n', '\f');

    /// <summary>The fonts of a PDF as pdffonts lists them: name (without the subset prefix) and whether it is embedded.</summary>
    public static IReadOnlyList<(string Name, bool Embedded)> Fonts(string pdf) =>
        Run("pdffonts", pdf).Split('\n').Skip(2).Where(l => l.Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(f => (f[0][(f[0].IndexOf('+', StringComparison.Ordinal) + 1)..], f[^5] == "yes"))
            .ToList();

    /// <summary>The document's language, from the catalog (/Lang), which pdfinfo does not show.</summary>
    public static string? Language(string pdf) =>
        System.Text.RegularExpressions.Regex.Match(System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf)), @"/Lang \((\w+)\)") is { Success: true } m
            ? m.Groups[1].Value
            : null;

    /// <summary>
    /// The tagged structure as pdfinfo prints it, one element or text a line (« H2 (block) », « "En bref" »);
    /// empty when the PDF is not tagged. Poppler 22 complains on standard error about Chromium's inline
    /// elements (« StructElem object is wrong type »): read apart, ignored.
    /// </summary>
    public static string Structure(string pdf)
    {
        var start = new ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-struct-text", pdf }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = errors.Result;
        return output;
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"The print tests need {tool}: apt-get install poppler-utils.", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {process.StandardError.ReadToEnd()}");
            // The soft hyphens of French hyphenation are in the text layer: a reader's search ignores them, so do the tests.
            return output.Replace("\u00AD", "", StringComparison.Ordinal);
        }
    }
}
