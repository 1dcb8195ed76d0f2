namespace Classeur.Rendering;

/// <summary>
/// A piece of a template as <see cref="FastTemplates"/> renders it: the Handlebars subset the site's
/// templates are written in, parsed once into plain objects instead of expression trees.
/// </summary>
internal abstract record FastNode
{
    /// <summary>Text written as it is (after Handlebars' removal of standalone lines).</summary>
    public sealed record Text(string Content) : FastNode;

    /// <summary><c>{{path}}</c> (HTML-escaped) or <c>{{{path}}}</c> (raw).</summary>
    public sealed record Value(FastPath Path, bool Raw) : FastNode;

    /// <summary><c>{{#if}}</c>, <c>{{#unless}}</c>, <c>{{#each}}</c>, <c>{{#with}}</c> or <c>{{#replie}}</c>, with its <c>{{else}}</c> part.</summary>
    public sealed record Block(string Helper, IReadOnlyList<FastArgument> Arguments, IReadOnlyList<FastNode> Body, IReadOnlyList<FastNode> Inverse) : FastNode;

    /// <summary><c>{{> name key=path}}</c>; a standalone partial's lines take the indentation written before it.</summary>
    public sealed record Partial(string Name, IReadOnlyList<(string Key, FastPath Path)> Hash, string Indent) : FastNode;
}
