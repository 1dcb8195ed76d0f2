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

    /// <summary>The document's language, from the catalog (/Lang), which pdfinfo does not show.</summary>
    public static string? Language(string pdf) =>
        System.Text.RegularExpressions.Regex.Match(System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf)), @"/Lang \((\w+)\)") is { Success: true } m
            ? m.Groups[1].Value
            : null;

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
            return output;
        }
    }
}
