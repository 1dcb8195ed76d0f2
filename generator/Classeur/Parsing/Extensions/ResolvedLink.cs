namespace Classeur.Parsing.Extensions;

/// <summary>What a reference points to once resolved: a URL relative to the citing page, and its text.</summary>
/// <param name="Title">Tooltip text: the target's full title.</param>
/// <param name="Label">A short name for the target ("Fiche III-4"), where one is useful.</param>
public sealed record ResolvedLink(string Url, string Text, string Title, string? Label = null);
