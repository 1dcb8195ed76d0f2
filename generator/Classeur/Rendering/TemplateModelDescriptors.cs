using System.Diagnostics.CodeAnalysis;
using Classeur.Rendering.Models;
using HandlebarsDotNet.Iterators;
using HandlebarsDotNet.MemberAccessors;
using HandlebarsDotNet.ObjectDescriptors;
using HandlebarsDotNet.PathStructure;

namespace Classeur.Rendering;

/// <summary>
/// Tells Handlebars.Net how to read Classeur's typed models (<see cref="ITemplateModel"/>): by their
/// snake_case names, through <see cref="TemplateMembers"/>. A name the model lacks is remembered for the
/// diagnostic (the model's type and the names it has), then left unresolved: strict templates fail on it.
/// </summary>
internal sealed class TemplateModelDescriptors : IObjectDescriptorProvider
{
    [ThreadStatic]
    private static TemplateMiss? _lastMiss;

    /// <summary>The last name a template read that its model lacks, on this thread (reset before each render).</summary>
    public static TemplateMiss? LastMiss
    {
        get => _lastMiss;
        set => _lastMiss = value;
    }

    public bool TryGetDescriptor(Type type, [NotNullWhen(true)] out ObjectDescriptor? value)
    {
        if (!typeof(ITemplateModel).IsAssignableFrom(type))
        {
            value = null;
            return false;
        }
        var members = type == typeof(LabelTable) ? null : TemplateMembers.Of(type);
        IMemberAccessor accessor = members is null ? new LabelAccessor() : new ModelAccessor(members);
        var names = members?.Names;
        value = new ObjectDescriptor(type, accessor,
            (_, instance) => names ?? (IEnumerable<object>)((LabelTable)instance).Entries.Keys,
            self => new ObjectIterator(self));
        return true;
    }

    private sealed class ModelAccessor(TemplateMembers members) : IMemberAccessor
    {
        public bool TryGetValue(object instance, ChainSegment memberName, out object? value)
        {
            if (members.TryGet(instance, memberName.TrimmedValue, out value)) return true;
            _lastMiss = new TemplateMiss(memberName.TrimmedValue, false, members.Names);
            return false;
        }
    }

    private sealed class LabelAccessor : IMemberAccessor
    {
        public bool TryGetValue(object instance, ChainSegment memberName, out object? value)
        {
            var labels = (LabelTable)instance;
            if (labels.TryGet(memberName.TrimmedValue, out var text))
            {
                value = text;
                return true;
            }
            _lastMiss = new TemplateMiss(memberName.TrimmedValue, true, (IReadOnlyCollection<string>)labels.Entries.Keys);
            value = null;
            return false;
        }
    }
}
