using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Classeur.Cli.Serve;

/// <summary>
/// The preview web server (Kestrel): serves the last good build, adds to each HTML page a small
/// script that reloads it when a rebuild ends (server-sent events, allowed by the pages'
/// « connect-src 'self' ») and, while the last build failed, a banner listing the errors.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string Prefix = "/__classeur/";
    private readonly WebApplication _app;
    private readonly PreviewSite _site;

    public PreviewServer(PreviewSite site, IPAddress address, int port)
    {
        _site = site;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(address, port));
        _app = builder.Build();
        // HEAD as GET (link checkers, curl -I): Kestrel sends the headers without the body.
        string[] read = [HttpMethods.Get, HttpMethods.Head];
        _app.MapGet(Prefix + "events", Events);
        _app.MapMethods(Prefix + "reload.js", read, Text(PreviewAssets.Script, "text/javascript; charset=utf-8"));
        _app.MapMethods(Prefix + "serve.css", read, Text(PreviewAssets.Style, "text/css; charset=utf-8"));
        // A catch-all route, not MapFallback: the fallback skips paths that look like files.
        _app.MapMethods("/{**path}", read, Page);
    }

    /// <summary>The address actually bound (port 0 asks the system for a free one).</summary>
    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public Task StartAsync(CancellationToken cancellation = default) => _app.StartAsync(cancellation);

    /// <summary>
    /// Plain request delegates only: a lambda with parameters or results goes through ASP.NET's
    /// reflection-based binding, which Native AOT cannot compile.
    /// </summary>
    private static RequestDelegate Text(string text, string type) => context =>
    {
        context.Response.ContentType = type;
        return context.Response.WriteAsync(text, Encoding.UTF8, context.RequestAborted);
    };

    private async Task Events(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var seen = _site.Generation;
        var changed = new SemaphoreSlim(0);
        void OnChanged() => changed.Release();
        _site.PagesChanged += OnChanged;
        try
        {
            await context.Response.WriteAsync($": génération {seen}\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await changed.WaitAsync(context.RequestAborted);
                seen = _site.Generation;
                await context.Response.WriteAsync($"event: reload\ndata: {seen}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            _site.PagesChanged -= OnChanged;
        }
    }

    private async Task Page(HttpContext context)
    {
        var relative = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var root = Path.GetFullPath(_site.OutputDirectory) + Path.DirectorySeparatorChar;
        var file = Path.GetFullPath(Path.Combine(root, relative));
        if (!file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file))
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync(PreviewAssets.Inject(PreviewAssets.NotFound, _site.Errors), context.RequestAborted);
            return;
        }
        context.Response.Headers.CacheControl = "no-store";
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            var html = PreviewAssets.Inject(await File.ReadAllTextAsync(file, context.RequestAborted), _site.Errors);
            await context.Response.WriteAsync(html, Encoding.UTF8, context.RequestAborted);
            return;
        }
        context.Response.ContentType = PreviewAssets.ContentType(file);
        await context.Response.SendFileAsync(file, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
