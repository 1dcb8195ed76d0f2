namespace Classeur.Tests.Support;

/// <summary>The repository's real manual printed whole (every fiche's PDF and the binders), once for a class of tests.</summary>
public sealed class WholeManualPrint : IDisposable
{
    private readonly TempProject _output = new();

    public WholeManualPrint()
    {
        var (code, stdout, error) = ClasseurCommand.Run("print", "--project", RepositoryPaths.Root, "--output", _output.Root, "--chromium", PdfTools.Chromium);
        if (code != 0) throw new InvalidOperationException($"print failed ({code}): {stdout}{error}");
    }

    /// <summary>A PDF of imprimer/: « classeur-complet », « fiche-i-c-2-a »…</summary>
    public string Pdf(string name) => _output.PathOf($"imprimer/{name}.pdf");

    public void Dispose() => _output.Dispose();
}
