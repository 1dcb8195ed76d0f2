namespace Classeur.Parsing.Extensions;

/// <summary>The `::: kind` blocks of the content format, and the synthetic pair that groups two of them.</summary>
internal static class ContainerKinds
{
    public const string Exemple = "exemple";
    public const string Encadre = "encadre";
    public const string Reussite = "reussite";
    public const string Vigilance = "vigilance";

    /// <summary>What the site could not reproduce from the print (« ::: lacune figure »): the reader sees a short note.</summary>
    public const string Lacune = "lacune";

    /// <summary>The note shown for each kind of gap, the same wording everywhere.</summary>
    public static IReadOnlyDictionary<string, string> LacuneNotes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["figure"] = "[Figure du manuel imprimé non reproduite]",
        ["texte"] = "[Passage du manuel imprimé non reproduit]",
        ["mise-en-forme"] = "[Mise en forme du manuel imprimé non reproduite]",
    };

    /// <summary>Not written by editors: the parser wraps an adjacent reussite + vigilance in it (two columns).</summary>
    public const string Cles = "cles";

    public static IReadOnlyList<string> Written { get; } = [Exemple, Encadre, Reussite, Vigilance, Lacune];

    /// <summary>Key under which the link phase stores the resolved link of an exemple box.</summary>
    public static readonly object ResolvedKey = new();
}
