using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using Classeur.Rendering.Models;

namespace Classeur.Rendering;

/// <summary>
/// What a template sees of a typed model: its public properties under snake_case names, in a fixed
/// order (for fingerprints), read through reflection once described — Native AOT keeps Classeur's
/// members (the CLI roots the assembly) but cannot generate the accessors Handlebars.Net would build.
/// </summary>
internal sealed class TemplateMembers
{
    private static readonly ConcurrentDictionary<Type, TemplateMembers> Described = new();

    private readonly Dictionary<string, PropertyInfo> _byName;

    private TemplateMembers(PropertyInfo[] properties, bool snakeCase)
    {
        Names = [.. properties.Select(p => snakeCase ? SnakeCase(p.Name) : p.Name)];
        Properties = properties;
        _byName = Names.Zip(properties).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    /// <summary>The names a template may read, in the order reflection gives (fixed for a given build of Classeur).</summary>
    public string[] Names { get; }

    public PropertyInfo[] Properties { get; }

    /// <summary>The members of a site model (<see cref="ITemplateModel"/>, snake_case) or of any other record (names as declared).</summary>
    public static TemplateMembers Of(Type type) => Described.GetOrAdd(type, Describe);

    public bool TryGet(object instance, string name, out object? value)
    {
        if (_byName.TryGetValue(name, out var property))
        {
            value = property.GetValue(instance);
            return true;
        }
        value = null;
        return false;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The models are Classeur's own records; the CLI roots the Classeur assembly (TrimmerRootAssembly).")]
    private static TemplateMembers Describe(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .ToArray();
        return new TemplateMembers(properties, typeof(ITemplateModel).IsAssignableFrom(type));
    }

    /// <summary>« TypeLabel » → « type_label ».</summary>
    public static string SnakeCase(string name)
    {
        var snake = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) snake.Append('_');
            snake.Append(char.ToLowerInvariant(name[i]));
        }
        return snake.ToString();
    }
}
