using Classeur.Print;

namespace Classeur.Chromium;

/// <summary>The way to print with the system's Chromium, for <see cref="Build.PrintRequest"/>.</summary>
public static class ChromiumPdf
{
    public static PdfPrinterLauncher Launcher { get; } = async path => await PdfPrinter.LaunchAsync(path).ConfigureAwait(false);
}
