using System.Text;

namespace Classeur.Rendering;

/// <summary>
/// HTML a template writes as it is (the layout's <c>{{{content}}}</c>): either made beforehand (a string), or
/// written straight into the page being rendered. A build renders a page's content inside its layout, with
/// no string for the content nor for the page: at ×100 those two copies of every page were a third of the
/// rendering's garbage, and the larger pages' went to the large object heap, which costs full collections.
/// </summary>
internal sealed class HtmlSlot
{
    private readonly string? _text;
    private readonly Action<StringBuilder>? _write;

    private HtmlSlot(string? text, Action<StringBuilder>? write) => (_text, _write) = (text, write);

    public static HtmlSlot Of(string html) => new(html, null);

    public static HtmlSlot Deferred(Action<StringBuilder> write) => new(null, write);

    /// <summary>The HTML when it was made beforehand (a preview fingerprints it); null when it is written on demand.</summary>
    public string? Text => _text;

    public void WriteTo(StringBuilder output)
    {
        if (_text is not null) output.Append(_text);
        else _write!(output);
    }

    /// <summary>The HTML as a string: what Handlebars.Net writes, when a template is not one the fast renderer takes.</summary>
    public override string ToString()
    {
        if (_text is not null) return _text;
        var output = new StringBuilder();
        _write!(output);
        return output.ToString();
    }
}
