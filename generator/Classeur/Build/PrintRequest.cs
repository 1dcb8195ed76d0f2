using Classeur.Print;

namespace Classeur.Build;

/// <summary>
/// What `classeur print` asks: the build's options, which fiches, since which edition (`--depuis`), which
/// Chromium, and how to drive it (Classeur.Chromium's <c>ChromiumPdf.Launcher</c>, outside this library so that
/// only the commands that print carry PuppeteerSharp).
/// </summary>
public sealed record PrintRequest(BuildOptions Options, PrintSelection Selection, PdfPrinterLauncher Launcher, string? Since = null, string? Chromium = null);
