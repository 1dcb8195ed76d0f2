namespace Classeur.Model;

/// <summary>
/// Where an expérience took place: the printed label, the INSEE département code, today's region.
/// <paramref name="NotGivenBySource"/> says, explicitly, that the source names no département
/// (`departement: non-precise`): the case stays off the map rather than being placed by a guess.
/// </summary>
public sealed record Territory(string Label, string? Departement, string? Region, bool NotGivenBySource = false)
{
    /// <summary>The value of `territory.departement` that says « the source does not give the place ».</summary>
    public const string NotGivenMarker = "non-precise";

    /// <summary>INSEE département codes; « 99 » is INSEE's code for abroad (a case outside France, kept off the map).</summary>
    public const string InseeCodes = "0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6]|99";
}
