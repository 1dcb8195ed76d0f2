namespace Classeur.Tests.Support;

/// <summary>
/// Tests that compile the generator in Release for linux-x64 (`dotnet publish`, `dotnet pack -r linux-x64`)
/// share its obj/ and bin/ folders: run side by side, one copied the native executable while the other's
/// linker was still writing it (before the execute bit is set), and CI failed with « Permission denied ».
/// One collection runs them one after the other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class GeneratorPublishingCollection
{
    public const string Name = "Generator publishing";
}
