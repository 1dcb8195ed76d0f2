using Classeur.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Classeur.Parsing;

/// <summary>
/// Maps YamlDotNet positions, which count from the start of the YAML text, to positions in the file
/// that holds it (the front matter starts after the opening « --- » line).
/// </summary>
internal sealed record YamlPosition(string Path, int FirstLine)
{
    public SourceLocation At(Mark mark) => new(Path, FirstLine + (int)mark.Line - 1, (int)mark.Column);

    public SourceLocation At(YamlNode node) => At(node.Start);
}
