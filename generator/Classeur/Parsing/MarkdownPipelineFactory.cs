using Classeur.Parsing.Extensions;
using Markdig;

namespace Classeur.Parsing;

/// <summary>The one Markdig pipeline of a build: CommonMark plus the content format's extensions.</summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(bool allowHtml) =>
        new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseFootnotes()
            .UseCustomContainers()
            .UseAutoLinks()
            .Use<CrossReferenceExtension>()
            .Use(new ClasseurHtmlExtension(allowHtml))
            .Build();
}
