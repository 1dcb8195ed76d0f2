namespace Classeur.Rendering.Models;

/// <summary>
/// A fiche named on another page: its relative URL, the text shown (its citation, or words given), its
/// title and id. The optional fields say why or where it is named, in the lists that give such detail
/// (« Voir aussi » reasons, « Où lire » places, a case's dates…); elsewhere they are null.
/// </summary>
internal sealed record FicheLink(string Url, string Text, string Title, string Id, bool IsDraft) : ITemplateModel
{
    /// <summary>Why it is suggested or related (« 3 dimensions en commun · même région »).</summary>
    public string? Reason { get; init; }

    /// <summary>Where in a document to read about it (« p. 12-14 »).</summary>
    public string? Where { get; init; }

    /// <summary>Its first « En bref » sentence.</summary>
    public string? Summary { get; init; }

    /// <summary>An external case's « Faits de 2012-2016, rapportés en 2017 ».</summary>
    public string? Dates { get; init; }

    /// <summary>A listed case's structure and place.</summary>
    public string? Details { get; init; }

    public string? Subtitle { get; init; }

    /// <summary>A resource's kind, authors and date.</summary>
    public string? Description { get; init; }

    /// <summary>A resource's cases, on the library page.</summary>
    public IReadOnlyList<FicheLink> Cases { get; init; } = [];

    /// <summary>The fiches it names, by kind of edge, on the graph page.</summary>
    public IReadOnlyList<GraphEdges> Edges { get; init; } = [];
}

/// <summary>Items under a heading: « Fiches repères », « Expériences »…; <see cref="Type"/> is the fiche type's key when grouped by type.</summary>
internal sealed record ItemGroup<T>(string? Type, string Title, IReadOnlyList<T> Items) : ITemplateModel
{
    /// <summary>The printed sentence introducing this group of « Pour aller plus loin ».</summary>
    public string? Note { get; init; }
}

/// <summary>On the graph page: the ids a fiche names by one kind of edge.</summary>
internal sealed record GraphEdges(string Kind, string Ids) : ITemplateModel;
