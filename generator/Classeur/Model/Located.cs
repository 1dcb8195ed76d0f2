using Classeur.Diagnostics;

namespace Classeur.Model;

/// <summary>A value read from a file, with where it was written, so a diagnostic can point at it.</summary>
public sealed record Located<T>(T Value, SourceLocation Location);
