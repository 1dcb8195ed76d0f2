namespace Classeur.Tests.Support;

/// <summary>Runs the `classeur` command in-process and captures what it prints.</summary>
public static class ClasseurCommand
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Classeur.Cli.CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
