using System.Collections;
using System.Reflection;
using Classeur.Rendering;
using Classeur.Rendering.Models;

namespace Classeur.Tests.Templates;

/// <summary>
/// What reaches a site template is typed: every model is a record of Classeur.Rendering.Models whose
/// members are text, numbers, booleans, other models or lists of them — never a dictionary read by
/// key (the one open table is the labels, which site.yml extends, and it is strict too).
/// </summary>
public sealed class TypedModelTests
{
    private static readonly Assembly Library = typeof(TemplateSet).Assembly;

    [Fact]
    public void Every_template_model_is_typed_through()
    {
        var models = Library.GetTypes().Where(t => typeof(ITemplateModel).IsAssignableFrom(t) && !t.IsInterface).ToList();
        Assert.True(models.Count >= 30, $"{models.Count} modèles seulement : la recherche des types a échoué");
        var untyped = models
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (t, p)))
            .Where(x => x.t != typeof(LabelTable) && !Allowed(x.p.PropertyType))
            .Select(x => $"{x.t.Name}.{x.p.Name} : {x.p.PropertyType}")
            .ToList();
        Assert.True(untyped.Count == 0, "Membres non typés lus par les gabarits : " + string.Join(" ; ", untyped));
    }

    [Fact]
    public void A_dictionary_in_a_model_would_be_caught()
    {
        Assert.False(Allowed(typeof(Dictionary<string, object?>)));
        Assert.False(Allowed(typeof(List<Dictionary<string, object?>>)));
        Assert.False(Allowed(typeof(object)));
        Assert.False(Allowed(typeof(ItemGroup<Dictionary<string, object?>>)));
        Assert.True(Allowed(typeof(IReadOnlyList<ItemGroup<FicheLink>>)));
    }

    [Fact]
    public void Templates_receive_only_typed_models()
    {
        var render = typeof(TemplateSet).GetMethod(nameof(TemplateSet.Render))!;
        Assert.Equal(typeof(ITemplateModel), render.GetParameters()[1].ParameterType);
    }

    [Theory]
    [InlineData("TypeLabel", "type_label")]
    [InlineData("Noindex", "noindex")]
    [InlineData("HasPlusLoin", "has_plus_loin")]
    [InlineData("Id", "id")]
    public void Members_are_read_by_their_snake_case_names(string member, string name) =>
        Assert.Equal(name, TemplateMembers.SnakeCase(member));

    private static bool Allowed(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner) type = inner;
        // A generic model's own parameter (ItemGroup<T>) is checked where it is given (ItemGroup<FicheLink>).
        // HtmlSlot: HTML text, written as it is (the layout's content).
        if (type == typeof(string) || type == typeof(HtmlSlot) || type == typeof(bool) || type == typeof(int) || type.IsGenericParameter) return true;
        if (typeof(ITemplateModel).IsAssignableFrom(type)) return !type.IsGenericType || type.GetGenericArguments().All(Allowed);
        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && !typeof(IDictionary).IsAssignableFrom(type)
            && type.GetGenericArguments() is [var item] && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyList<>) || definition == typeof(List<>)))
            return Allowed(item);
        return false;
    }
}
