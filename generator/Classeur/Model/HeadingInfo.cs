namespace Classeur.Model;

/// <summary>A heading of a fiche's body, with the anchor that [[ID#anchor]] targets.</summary>
public sealed record HeadingInfo(int Level, string Text, string Anchor);
