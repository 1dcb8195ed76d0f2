using Microsoft.Playwright;

namespace Classeur.Print;

/// <summary>
/// One headless Chromium for a whole `print`, started through Playwright with the system's executable
/// (ExecutablePath: Playwright's own browser downloads are never used). Each document is served from
/// memory at http://classeur.invalid/impression/&lt;name&gt;.html, in a context of its own, and what it
/// loads (stylesheets, fonts, scripts, images) from <see cref="PrintFiles"/>: nothing reaches the
/// network, and Paged.js can fetch() the stylesheets, which Chromium refuses to file:// pages.
/// Documents may be printed concurrently: each has its own tab.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private const string Origin = "http://classeur.invalid/";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly PrintFiles _files;

    private PdfPrinter(IPlaywright playwright, IBrowser browser, PrintFiles files) => (_playwright, _browser, _files) = (playwright, browser, files);

    /// <summary>Starts Chromium; throws <see cref="PrintFailedException"/> with a French message when it cannot.</summary>
    public static async Task<PdfPrinter> LaunchAsync(string chromiumPath, PrintFiles files)
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
            return new PdfPrinter(playwright, browser, files);
        }
        catch (Exception e) when (e is PlaywrightException or IOException or InvalidOperationException)
        {
            playwright?.Dispose();
            throw new PrintFailedException($"Chromium (« {chromiumPath} ») n'a pas pu démarrer : {FirstLine(e.Message)}", e);
        }
    }

    /// <summary>
    /// Prints a document with Chromium's own page layout (its @page rules and margin boxes): a fiche.
    /// The bytes are made reproducible (see <see cref="PdfFile"/>).
    /// </summary>
    public Task<byte[]> PrintAsync(string name, string html) =>
        RunAsync(name, html, [], async tab => await PdfAsync(tab, null).ConfigureAwait(false));

    /// <summary>
    /// Prints a document laid out by Paged.js (loaded after <paramref name="scripts"/>, then run): binders.
    /// Once laid out, <paramref name="ranges"/> reads where each binder and anchor fell (reliure.js's
    /// window.classeurPages) and gives the page ranges to print, one PDF each (« 1-4,13-60 »): the parts
    /// are composed once, within the whole manual, and printed as extracts of it.
    /// </summary>
    public Task<IReadOnlyList<byte[]>> PrintPagedAsync(string name, string html, IReadOnlyList<string> scripts,
        Func<PagedLayout, IReadOnlyList<(string Range, string Title)>> ranges) =>
        RunAsync<IReadOnlyList<byte[]>>(name, html, scripts, async tab =>
        {
            await tab.EvaluateAsync("async () => { await window.PagedPolyfill.preview(); }").ConfigureAwait(false);
            var json = await tab.EvaluateAsync<string>("() => JSON.stringify(window.classeurPages)").ConfigureAwait(false);
            var layout = System.Text.Json.JsonSerializer.Deserialize(json, PrintJson.Default.PagedLayout)
                ?? throw new PrintFailedException($"Paged.js n'a pas composé « {name} ».");
            var pdfs = new List<byte[]>();
            foreach (var (range, title) in ranges(layout))
            {
                // The PDF's title is the document's when it prints: each binder has its own.
                await tab.EvaluateAsync("title => { document.title = title; }", title).ConfigureAwait(false);
                pdfs.Add(await PdfAsync(tab, range).ConfigureAwait(false));
            }
            return pdfs;
        }, paged: true);

    private static async Task<byte[]> PdfAsync(IPage tab, string? range) =>
        PdfFile.Reproducible(await tab.PdfAsync(new PagePdfOptions
        {
            PreferCSSPageSize = true,
            PrintBackground = true,
            Outline = true,
            Tagged = true,
            PageRanges = range ?? "",
        }).ConfigureAwait(false));

    private async Task<T> RunAsync<T>(string name, string html, IReadOnlyList<string> scripts, Func<IPage, Task<T>> print, bool paged = false)
    {
        var relativeUrl = $"{PrintTemplates.Folder}/{name}.html";
        if (Environment.GetEnvironmentVariable("CLASSEUR_DEBUG_PRINT") is { Length: > 0 } dump) File.WriteAllText(Path.Combine(dump, name + ".html"), html);
        var context = await _browser.NewContextAsync().ConfigureAwait(false);
        try
        {
            await context.RouteAsync("**/*", route => Serve(route, relativeUrl, html)).ConfigureAwait(false);
            var tab = await context.NewPageAsync().ConfigureAwait(false);
            if (paged) await tab.AddInitScriptAsync("window.PagedConfig = { auto: false };").ConfigureAwait(false);
            await tab.GotoAsync(Origin + relativeUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
            foreach (var script in scripts)
                await tab.AddScriptTagAsync(new PageAddScriptTagOptions { Url = Origin + script }).ConfigureAwait(false);
            // Every declared face, used by the text or not: the footer's margin box loads none by itself.
            await tab.EvaluateAsync("() => Promise.all([...document.fonts].map(f => f.load()))").ConfigureAwait(false);
            return await print(tab).ConfigureAwait(false);
        }
        catch (PlaywrightException e)
        {
            throw new PrintFailedException($"l'impression de « {name} » a échoué : {FirstLine(e.Message)}", e);
        }
        finally
        {
            await context.CloseAsync().ConfigureAwait(false);
        }
    }

    private Task Serve(IRoute route, string relativeUrl, string html)
    {
        var url = new Uri(route.Request.Url);
        if (url.Host != "classeur.invalid") return route.AbortAsync();
        var path = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (path == relativeUrl)
            return route.FulfillAsync(new RouteFulfillOptions { Body = html, ContentType = "text/html; charset=utf-8" });
        return _files.Find(path) is { } file
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
