using System.Collections.Concurrent;
using Classeur.Print;
using PuppeteerSharp;

namespace Classeur.Chromium;

/// <summary>
/// One headless Chromium for a whole `print`, driven by PuppeteerSharp (MIT) with the system's executable:
/// no browser is ever downloaded. Documents print in a few tabs at once (<see cref="Concurrency"/>),
/// each tab reused from one document to the next. A document is served from memory at
/// http://classeur.invalid/impression/&lt;name&gt;.html, and what it loads (stylesheets, fonts, scripts,
/// images) from <see cref="PrintFiles"/>: nothing reaches the network.
/// </summary>
internal sealed class PdfPrinter : IPdfPrinter
{
    private const string Origin = "http://classeur.invalid/";

    /// <summary>PuppeteerSharp's 30 s are too short for a long document on a busy machine; a hung Chromium still ends.</summary>
    private const int TimeoutMilliseconds = 10 * 60 * 1000;

    /// <summary>Tabs printing at once: one per core, at least two (loading a document waits, printing it works).</summary>
    public static int Concurrency { get; } = Math.Max(2, Environment.ProcessorCount);

    private readonly IBrowser _browser;
    private PrintFiles? _files;
    private readonly SemaphoreSlim _slots = new(Concurrency);
    private readonly ConcurrentBag<Tab> _tabs = [];

    private PdfPrinter(IBrowser browser, PrintFiles? files) => (_browser, _files) = (browser, files);

    /// <summary>
    /// Starts Chromium; throws <see cref="PrintFailedException"/> with a French message when it cannot.
    /// <paramref name="files"/> may come later (<see cref="Serve"/>): Chromium starts while the manual loads.
    /// </summary>
    public static async Task<PdfPrinter> LaunchAsync(string chromiumPath, PrintFiles? files = null)
    {
        try
        {
            var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = chromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
            }).ConfigureAwait(false);
            return new PdfPrinter(browser, files);
        }
        catch (Exception e) when (e is PuppeteerException or IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            throw new PrintFailedException($"Chromium (« {chromiumPath} ») n'a pas pu démarrer : {FirstLine(e.Message)}", e);
        }
    }

    /// <summary>The files the documents may load; before the first print.</summary>
    public void Serve(PrintFiles files) => _files = files;

    /// <summary>
    /// Prints a document with Chromium's own page layout (its @page rules and margin boxes), with its
    /// outline (its doubled titles undone) and tags; the bytes are made reproducible (see <see cref="PdfFile"/>).
    /// </summary>
    public async Task<byte[]> PrintAsync(string name, string html)
    {
        await _slots.WaitAsync().ConfigureAwait(false);
        Tab? tab = null;
        try
        {
            tab = _tabs.TryTake(out var free) ? free : await Tab.OpenAsync(_browser, _files ?? throw new InvalidOperationException("PdfPrinter.Serve first")).ConfigureAwait(false);
            var relativeUrl = $"{PrintTemplates.Folder}/{name}.html";
            tab.Serve(relativeUrl, html);
            await tab.Page.GoToAsync(Origin + relativeUrl, WaitUntilNavigation.Load).ConfigureAwait(false);
            // Every declared face, used by the text or not: the footer's margin box loads none by itself.
            await tab.Page.EvaluateFunctionAsync("() => Promise.all([...document.fonts].map(f => f.load())).then(() => true)").ConfigureAwait(false);
            var pdf = await tab.Page.PdfDataAsync(new PdfOptions
            {
                PreferCSSPageSize = true,
                PrintBackground = true,
                Outline = true,
                Tagged = true,
                Timeout = TimeoutMilliseconds,
            }).ConfigureAwait(false);
            _tabs.Add(tab);
            tab = null;
            return PdfFile.Reproducible(PdfFile.WithoutDoubledTitles(pdf));
        }
        catch (PuppeteerException e)
        {
            throw new PrintFailedException($"l'impression de « {name} » a échoué : {FirstLine(e.Message)}", e);
        }
        finally
        {
            // A tab that failed is closed, not reused.
            if (tab is not null) await tab.Page.CloseAsync().ConfigureAwait(false);
            _slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync().ConfigureAwait(false);
        await _browser.DisposeAsync().ConfigureAwait(false);
        _slots.Dispose();
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    /// <summary>A tab that answers its own requests: the document it prints, or the print files.</summary>
    private sealed class Tab
    {
        private (string Url, string Html) _document = ("", "");

        private Tab(IPage page) => Page = page;

        public IPage Page { get; }

        public void Serve(string relativeUrl, string html) => _document = (relativeUrl, html);

        public static async Task<Tab> OpenAsync(IBrowser browser, PrintFiles files)
        {
            var page = await browser.NewPageAsync().ConfigureAwait(false);
            page.DefaultTimeout = TimeoutMilliseconds;
            page.DefaultNavigationTimeout = TimeoutMilliseconds;
            var tab = new Tab(page);
            await page.SetRequestInterceptionAsync(true).ConfigureAwait(false);
            page.Request += async (_, e) =>
            {
                try
                {
                    await Answer(e.Request, tab._document, files).ConfigureAwait(false);
                }
                catch (PuppeteerException)
                {
                    // The tab moved on (its document was printed): nothing waits for this answer.
                }
            };
            return tab;
        }

        private static Task Answer(IRequest request, (string Url, string Html) document, PrintFiles files)
        {
            var url = new Uri(request.Url);
            if (url.Host != "classeur.invalid") return request.AbortAsync();
            var path = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
            if (path == document.Url)
                return request.RespondAsync(new ResponseData { Body = document.Html, ContentType = "text/html; charset=utf-8", Status = System.Net.HttpStatusCode.OK });
            return files.Find(path) is { } file
                ? request.RespondAsync(new ResponseData { BodyData = File.ReadAllBytes(file), ContentType = ContentType(file), Status = System.Net.HttpStatusCode.OK })
                : request.RespondAsync(new ResponseData { Status = System.Net.HttpStatusCode.NotFound });
        }

        private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".woff2" => "font/woff2",
            ".svg" => "image/svg+xml",
            ".png" => "image/png",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".gif" => "image/gif",
            ".webp" => "image/webp",
            _ => "application/octet-stream",
        };
    }
}
