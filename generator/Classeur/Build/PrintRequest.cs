using Classeur.Print;

namespace Classeur.Build;

/// <summary>What `classeur print` asks: the build's options, which fiches, since which edition (`--depuis`), and which Chromium.</summary>
public sealed record PrintRequest(BuildOptions Options, PrintSelection Selection, string? Since = null, string? Chromium = null);
