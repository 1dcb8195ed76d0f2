namespace Classeur.Parsing.Extensions;

/// <summary>The `::: kind` blocks of the content format, and the synthetic pair that groups two of them.</summary>
public static class ContainerKinds
{
    public const string Exemple = "exemple";
    public const string Encadre = "encadre";
    public const string Reussite = "reussite";
    public const string Vigilance = "vigilance";

    /// <summary>Not written by editors: the parser wraps an adjacent reussite + vigilance in it (two columns).</summary>
    public const string Cles = "cles";

    public static IReadOnlyList<string> Written { get; } = [Exemple, Encadre, Reussite, Vigilance];

    /// <summary>Key under which the link phase stores the resolved link of an exemple box.</summary>
    public static readonly object ResolvedKey = new();
}
