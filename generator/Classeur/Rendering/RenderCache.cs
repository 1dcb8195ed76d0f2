using System.Collections.Concurrent;

namespace Classeur.Rendering;

/// <summary>
/// The templates' outputs of the previous build, by fingerprint of template and model: a page whose
/// model did not change is not rendered again. It sits at the one place every page goes through
/// (<see cref="TemplateSet.Render"/>), so pages added later are covered without doing anything.
/// Two generations are kept (this build's and the previous one's), so memory stays about one site.
/// Safe to call from the renderer's parallel loop.
/// </summary>
internal sealed class RenderCache
{
    private ConcurrentDictionary<UInt128, string> _current = new();
    private ConcurrentDictionary<UInt128, string> _previous = new();
    private int _rendered;
    private int _reused;

    /// <summary>Mixed into every fingerprint: a change of the templates or of site.yml renders everything again.</summary>
    public UInt128 Salt { get; private set; }

    /// <summary>Templates rendered, and outputs taken from the previous build, since <see cref="BeginBuild"/>.</summary>
    public int Rendered => _rendered;

    public int Reused => _reused;

    public void BeginBuild(UInt128 salt)
    {
        if (salt != Salt) _current.Clear();
        Salt = salt;
        _previous = _current;
        _current = new ConcurrentDictionary<UInt128, string>();
        _rendered = 0;
        _reused = 0;
    }

    public string GetOrRender(string template, Models.ITemplateModel model, Func<string> render)
    {
        if (ModelFingerprint.Of(Salt, template, model) is not { } key)
        {
            Interlocked.Increment(ref _rendered);
            return render();
        }
        if (_current.TryGetValue(key, out var output) || _previous.TryGetValue(key, out output))
        {
            _current[key] = output;
            Interlocked.Increment(ref _reused);
            return output;
        }
        output = render();
        _current[key] = output;
        Interlocked.Increment(ref _rendered);
        return output;
    }
}
