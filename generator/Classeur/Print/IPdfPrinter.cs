namespace Classeur.Print;

/// <summary>
/// Turns a print document into PDF bytes. Chromium's driver lives in an assembly of its own
/// (Classeur.Chromium) so that only the commands that print carry it; <see cref="Build.PrintRequest"/>
/// says how to start one.
/// </summary>
public interface IPdfPrinter : IAsyncDisposable
{
    /// <summary>The files the documents may load; before the first print.</summary>
    void Serve(PrintFiles files);

    /// <summary>A document (its HTML, named for its URL) as reproducible PDF bytes; <c>PrintFailedException</c> with a French message when it fails.</summary>
    Task<byte[]> PrintAsync(string name, string html);
}
