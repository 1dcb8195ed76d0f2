using Microsoft.Playwright;

namespace Classeur.Print;

/// <summary>
/// One headless Chromium, started through Playwright with the system's executable
/// (ExecutablePath: Playwright's own browser downloads are never used), printing pages to PDF
/// with the page size, margins and margin boxes of the print stylesheet.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PdfPrinter(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    /// <summary>Starts Chromium; throws <see cref="PrintFailedException"/> with a French message when it cannot.</summary>
    public static async Task<PdfPrinter> LaunchAsync(string chromiumPath)
    {
        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync().ConfigureAwait(false);
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromiumPath,
                Headless = true,
            }).ConfigureAwait(false);
            return new PdfPrinter(playwright, browser);
        }
        catch (Exception e) when (e is PlaywrightException or IOException or InvalidOperationException)
        {
            playwright?.Dispose();
            throw new PrintFailedException($"Chromium (« {chromiumPath} ») n'a pas pu démarrer : {FirstLine(e.Message)}", e);
        }
    }

    /// <summary>Prints one page of the built site; the bytes are made reproducible (see <see cref="PdfFile"/>).</summary>
    public async Task<byte[]> PrintAsync(Uri page)
    {
        var context = await _browser.NewContextAsync().ConfigureAwait(false);
        try
        {
            var tab = await context.NewPageAsync().ConfigureAwait(false);
            await tab.GotoAsync(page.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
            var pdf = await tab.PdfAsync(new PagePdfOptions
            {
                PreferCSSPageSize = true,
                PrintBackground = true,
                Outline = true,
                Tagged = true,
            }).ConfigureAwait(false);
            return PdfFile.Reproducible(pdf);
        }
        catch (PlaywrightException e)
        {
            throw new PrintFailedException($"l'impression de « {page.LocalPath} » a échoué : {FirstLine(e.Message)}", e);
        }
        finally
        {
            await context.CloseAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync().ConfigureAwait(false);
        _playwright.Dispose();
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
