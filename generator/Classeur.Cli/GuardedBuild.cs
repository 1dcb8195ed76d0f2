using System.Runtime.InteropServices;
using Classeur.Build;
using Classeur.Output;

namespace Classeur.Cli;

/// <summary>
/// Runs a build for the CLI. Ctrl+C (or TERM) stops it cleanly: the write in progress is abandoned,
/// its staging folder removed, the previous site kept. An unexpected exception (a bug of Classeur, not
/// of the content, which is always reported as diagnostics) is said in French, without a stack dump.
/// </summary>
internal static class GuardedBuild
{
    /// <summary>The shell's convention for a command stopped by Ctrl+C (128 + SIGINT).</summary>
    public const int Interrupted = 130;

    /// <summary>How long an interrupted build may take to stop on its own before the process exits anyway.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    public static BuildResult? Run(BuildOptions options, TextWriter error, out int exitCode)
    {
        exitCode = CommandLine.Clean;
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, error));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, error));
        try
        {
            return SiteBuilder.Run(options);
        }
        catch (OperationCanceledException)
        {
            error.WriteLine(Message);
            exitCode = Interrupted;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"classeur : erreur interne ({e.GetType().Name}) : {e.Message}");
            error.WriteLine("Rien n'a été écrit : le site précédent est conservé. C'est un défaut de Classeur, pas de votre contenu : merci de le signaler, avec ce message et la dernière modification faite.");
            exitCode = CommandLine.Unexpected;
        }
        return null;
    }

    private const string Message = "classeur : construction interrompue. Rien n'a été écrit : le site précédent est conservé.";

    private static void Stop(PosixSignalContext context, TextWriter error)
    {
        // Not the default (immediate exit): the writer stops before its next file and removes its folder.
        context.Cancel = true;
        SiteWriter.Interrupt();
        _ = Task.Run(async () =>
        {
            await Task.Delay(Grace).ConfigureAwait(false);
            SiteWriter.AbandonStaging();
            error.WriteLine(Message);
            error.Flush();
            Environment.Exit(Interrupted);
        });
    }
}
