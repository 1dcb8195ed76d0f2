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

    /// <summary>
    /// Prints a document laid out by Paged.js. The document is served from memory at
    /// http://classeur.invalid/&lt;relativeUrl&gt;, and every other request from the site folder: Paged.js
    /// reads stylesheets with fetch(), which Chromium refuses for file:// pages. Nothing reaches the network.
    /// Returns the PDF and the number of pages Paged.js composed.
    /// </summary>
    public async Task<(byte[] Pdf, int Pages)> PrintPagedAsync(string siteDirectory, string relativeUrl, string html, IReadOnlyList<string> scripts)
    {
        var context = await _browser.NewContextAsync().ConfigureAwait(false);
        try
        {
            var tab = await context.NewPageAsync().ConfigureAwait(false);
            await context.RouteAsync("**/*", route => Serve(route, siteDirectory, relativeUrl, html)).ConfigureAwait(false);
            await tab.AddInitScriptAsync("window.PagedConfig = { auto: false };").ConfigureAwait(false);
            await tab.GotoAsync(Origin + relativeUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
            foreach (var script in scripts)
                await tab.AddScriptTagAsync(new PageAddScriptTagOptions { Path = script }).ConfigureAwait(false);
            var pages = await tab.EvaluateAsync<int>("async () => (await window.PagedPolyfill.preview()).total").ConfigureAwait(false);
            var pdf = await tab.PdfAsync(new PagePdfOptions
            {
                PreferCSSPageSize = true,
                PrintBackground = true,
                Outline = true,
                Tagged = true,
            }).ConfigureAwait(false);
            return (PdfFile.Reproducible(pdf), pages);
        }
        catch (PlaywrightException e)
        {
            throw new PrintFailedException($"l'impression de « {relativeUrl} » a échoué : {FirstLine(e.Message)}", e);
        }
        finally
        {
            await context.CloseAsync().ConfigureAwait(false);
        }
    }

    private const string Origin = "http://classeur.invalid/";

    private static Task Serve(IRoute route, string siteDirectory, string relativeUrl, string html)
    {
        var url = new Uri(route.Request.Url);
        if (url.Host != "classeur.invalid") return route.AbortAsync();
        var path = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (path == relativeUrl)
            return route.FulfillAsync(new RouteFulfillOptions { Body = html, ContentType = "text/html; charset=utf-8" });
        var root = Path.GetFullPath(siteDirectory) + Path.DirectorySeparatorChar;
        var file = Path.GetFullPath(Path.Combine(root, path));
        return file.StartsWith(root, StringComparison.Ordinal) && File.Exists(file)
            ? route.FulfillAsync(new RouteFulfillOptions { Path = file })
            : route.FulfillAsync(new RouteFulfillOptions { Status = 404 });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync().ConfigureAwait(false);
        _playwright.Dispose();
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
