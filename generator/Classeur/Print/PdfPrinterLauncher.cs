namespace Classeur.Print;

/// <summary>Starts a <see cref="IPdfPrinter"/> on the Chromium at this path; a French <c>PrintFailedException</c> when it cannot.</summary>
public delegate Task<IPdfPrinter> PdfPrinterLauncher(string chromiumPath);
