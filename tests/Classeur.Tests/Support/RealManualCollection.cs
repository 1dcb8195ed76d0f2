namespace Classeur.Tests.Support;

/// <summary>Tests that read the built real manual share one build.</summary>
[CollectionDefinition(Name)]
public sealed class RealManualCollection : ICollectionFixture<RealManualBuild>
{
    public const string Name = "Real manual";
}
