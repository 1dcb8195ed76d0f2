namespace Classeur.Print;

/// <summary>Chromium could not start or could not print; the message is French and meant for the user.</summary>
internal sealed class PrintFailedException : Exception
{
    public PrintFailedException(string message, Exception inner) : base(message, inner) { }

    public PrintFailedException(string message) : base(message) { }

    public PrintFailedException() { }
}
