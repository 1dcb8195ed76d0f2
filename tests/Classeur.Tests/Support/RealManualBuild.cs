using Classeur.Build;
using Classeur.Model;

namespace Classeur.Tests.Support;

/// <summary>The repository's real content/, built once into a temporary folder for a collection of tests.</summary>
public sealed class RealManualBuild : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "classeur-tests", "real-" + Guid.NewGuid().ToString("N"));

    public RealManualBuild()
    {
        Output = Path.Combine(_directory, "_site");
        Result = SiteBuilder.Run(new BuildOptions(RepositoryPaths.Root) { OutputDirectory = Output });
        var loaded = SiteBuilder.Load(new BuildOptions(RepositoryPaths.Root) { CheckOnly = true });
        Manual = loaded.Manual;
        Config = loaded.Config;
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public Manual Manual { get; }

    public Configuration.SiteConfig Config { get; }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
