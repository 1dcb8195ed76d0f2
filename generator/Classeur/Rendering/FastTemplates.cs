using System.Collections;
using System.Globalization;
using System.Text;
using Classeur.Rendering.Models;

namespace Classeur.Rendering;

/// <summary>
/// Renders the site's templates without Handlebars.Net when they keep to the subset they are written in
/// (<see cref="FastTemplateParser"/>). Under Native AOT, Handlebars.Net builds expression trees that can
/// only be interpreted: compiling the templates and rendering them took a third of the manual's build.
/// Here a template is parsed once into plain nodes and walked. Whatever this subset does not cover
/// exactly — a name the model lacks, a value that is not text or a whole number, a list of another
/// kind, an unknown partial — makes <see cref="TryRender"/> give up, and the page is rendered by
/// Handlebars.Net, which writes the same bytes or the located diagnostic (tested on every page of the manual).
/// </summary>
internal sealed class FastTemplates
{
    private readonly Dictionary<string, IReadOnlyList<FastNode>> _templates;
    private readonly Dictionary<string, IReadOnlyList<FastNode>> _partials;

    private FastTemplates(Dictionary<string, IReadOnlyList<FastNode>> templates, Dictionary<string, IReadOnlyList<FastNode>> partials)
    {
        _templates = templates;
        _partials = partials;
    }

    /// <summary>The set parsed, or null when one of its texts goes beyond the subset (Handlebars.Net then renders them all).</summary>
    public static FastTemplates? TryCreate(IEnumerable<(string Name, string Text)> templates, IEnumerable<(string Name, string Text)> partials)
    {
        var pages = new Dictionary<string, IReadOnlyList<FastNode>>(StringComparer.Ordinal);
        var parts = new Dictionary<string, IReadOnlyList<FastNode>>(StringComparer.Ordinal);
        foreach (var (name, text) in templates)
        {
            if (FastTemplateParser.Parse(text) is not { } nodes) return null;
            pages[name] = nodes;
        }
        foreach (var (name, text) in partials)
        {
            if (FastTemplateParser.Parse(text) is not { } nodes) return null;
            parts[name] = nodes;
        }
        return new FastTemplates(pages, parts);
    }

    /// <summary>Thrown inside a render when the page needs Handlebars.Net; never leaves this class.</summary>
    private sealed class GiveUp : Exception;

    /// <summary>A partial's named arguments (<c>{{> liste items=items}}</c>): the partial reads these names.</summary>
    private sealed class HashScope(Dictionary<string, object?> values)
    {
        public bool TryGet(string name, out object? value) => values.TryGetValue(name, out value);
    }

    /// <summary>A loop's <c>@index</c>, <c>@first</c>, <c>@last</c>.</summary>
    private readonly record struct Loop(int Index, bool Last);

    [ThreadStatic]
    private static StringBuilder? _buffer;

    /// <summary>The page, or false when Handlebars.Net must render it.</summary>
    public bool TryRender(string name, object model, out string html)
    {
        html = "";
        if (!_templates.TryGetValue(name, out var nodes)) return false;
        var output = _buffer ?? new StringBuilder(64 * 1024);
        _buffer = null; // a helper calling back into a render on this thread gets its own
        output.Clear();
        try
        {
            Write(nodes, model, model, null, output, 0);
            html = output.ToString();
            return true;
        }
        catch (GiveUp)
        {
            return false;
        }
        finally
        {
            if (output.Capacity <= 4 * 1024 * 1024) _buffer = output;
        }
    }

    /// <summary>
    /// The page written at the end of <paramref name="output"/>, or false (and nothing written) when
    /// Handlebars.Net must render it. A slot in its model (<see cref="HtmlSlot"/>) may render another page
    /// into the same builder on the way.
    /// </summary>
    public bool TryRenderTo(string name, object model, StringBuilder output)
    {
        if (!_templates.TryGetValue(name, out var nodes)) return false;
        var start = output.Length;
        try
        {
            Write(nodes, model, model, null, output, 0);
            return true;
        }
        catch (GiveUp)
        {
            output.Length = start;
            return false;
        }
    }

    private void Write(IReadOnlyList<FastNode> nodes, object? context, object root, Loop? loop, StringBuilder output, int depth)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case FastNode.Text text:
                    output.Append(text.Content);
                    break;
                case FastNode.Value value:
                    WriteValue(Resolve(value.Path, context, root, loop), value.Raw, output);
                    break;
                case FastNode.Block block:
                    WriteBlock(block, context, root, loop, output, depth);
                    break;
                case FastNode.Partial partial:
                    WritePartial(partial, context, root, loop, output, depth);
                    break;
            }
        }
    }

    private void WriteBlock(FastNode.Block block, object? context, object root, Loop? loop, StringBuilder output, int depth)
    {
        var value = Resolve(block.Arguments[0].Path!, context, root, loop);
        switch (block.Helper)
        {
            case "if":
                Write(IsEmpty(value) ? block.Inverse : block.Body, context, root, loop, output, depth);
                break;
            case "unless":
                Write(IsEmpty(value) ? block.Body : block.Inverse, context, root, loop, output, depth);
                break;
            case "with":
                if (IsEmpty(value)) Write(block.Inverse, context, root, loop, output, depth);
                else Write(block.Body, value, root, null, output, depth);
                break;
            case "each":
                if (value is null or false) Write(block.Inverse, context, root, loop, output, depth);
                else if (value is not IList list || value is string) throw new GiveUp();
                else if (list.Count == 0) Write(block.Inverse, context, root, loop, output, depth);
                else for (var i = 0; i < list.Count; i++) Write(block.Body, list[i], root, new Loop(i, i == list.Count - 1), output, depth);
                break;
            default:
                Fold(block, value, context, root, loop, output, depth);
                break;
        }
    }

    /// <summary>« replie », written by <see cref="FoldHelper"/> as with Handlebars.Net.</summary>
    private void Fold(FastNode.Block block, object? value, object? context, object root, Loop? loop, StringBuilder output, int depth)
    {
        if (value is not IList items || value is string) throw new GiveUp();
        var label = Resolve(block.Arguments[2].Path!, context, root, loop) as string ?? throw new GiveUp();
        FoldHelper.Write(items, (int)block.Arguments[1].Literal!, label, block.Arguments.Count > 3 ? block.Arguments[3].Literal as string : null,
            html => output.Append(html), item => Write(block.Body, item, root, null, output, depth));
    }

    private void WritePartial(FastNode.Partial partial, object? context, object root, Loop? loop, StringBuilder output, int depth)
    {
        if (depth > 32 || !_partials.TryGetValue(partial.Name, out var nodes)) throw new GiveUp();
        object? scope = context;
        if (partial.Hash.Count > 0)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, path) in partial.Hash) values[key] = Resolve(path, context, root, loop);
            scope = new HashScope(values);
        }
        // No loop data inside a partial: whether Handlebars.Net passes @index on is for it to show.
        if (partial.Indent.Length == 0)
        {
            Write(nodes, scope, root, null, output, depth + 1);
            return;
        }
        // Every line the partial writes takes the indentation its tag had, but for the empty one after a last newline.
        var start = output.Length;
        Write(nodes, scope, root, null, output, depth + 1);
        var written = output.ToString(start, output.Length - start);
        output.Length = start;
        var lineStart = 0;
        while (lineStart < written.Length)
        {
            var end = written.IndexOf('\n', lineStart);
            output.Append(partial.Indent);
            if (end < 0)
            {
                output.Append(written, lineStart, written.Length - lineStart);
                break;
            }
            output.Append(written, lineStart, end + 1 - lineStart);
            lineStart = end + 1;
        }
    }

    private static object? Resolve(FastPath path, object? context, object root, Loop? loop)
    {
        if (path.IsData)
        {
            if (loop is not { } current) throw new GiveUp();
            return path.Segments[0] switch
            {
                "index" => current.Index,
                "first" => current.Index == 0,
                _ => current.Last,
            };
        }
        var value = path.FromRoot ? root : context;
        foreach (var segment in path.Segments) value = Member(value, segment);
        return value;
    }

    /// <summary>A model's member by its template name; a name it lacks, or reading into anything but a model, is for Handlebars.Net to judge.</summary>
    private static object? Member(object? instance, string name)
    {
        switch (instance)
        {
            case HashScope hash when hash.TryGet(name, out var value):
                return value;
            case LabelTable labels when labels.TryGet(name, out var label):
                return label;
            case ITemplateModel model when model is not LabelTable && TemplateMembers.Of(model.GetType()).TryGet(model, name, out var member):
                return member;
            default:
                throw new GiveUp();
        }
    }

    /// <summary>Handlebars' falsy values: null, false, "", 0, an empty list.</summary>
    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        bool b => !b,
        string s => s.Length == 0,
        HtmlSlot slot => slot.Text is { Length: 0 },
        int i => i == 0,
        ICollection c => c.Count == 0,
        ITemplateModel => false,
        _ => throw new GiveUp(),
    };

    private static void WriteValue(object? value, bool raw, StringBuilder output)
    {
        if (value is HtmlSlot slot && raw)
        {
            slot.WriteTo(output);
            return;
        }
        var text = value switch
        {
            null => "",
            string s => s,
            HtmlSlot html => html.ToString(),
            int i => i.ToString(CultureInfo.InvariantCulture),
            _ => throw new GiveUp(),
        };
        if (raw) output.Append(text);
        else Escape(text, output);
    }

    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create("&<>\"'`=");

    /// <summary>Handlebars' HTML escaping: &amp; &lt; &gt; " ' ` and =.</summary>
    private static void Escape(string text, StringBuilder output)
    {
        var rest = text.AsSpan();
        int at;
        while ((at = rest.IndexOfAny(Escaped)) >= 0)
        {
            output.Append(rest[..at]);
            output.Append(rest[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                _ => "&#x3D;",
            });
            rest = rest[(at + 1)..];
        }
        output.Append(rest);
    }
}
