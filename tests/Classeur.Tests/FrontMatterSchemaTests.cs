using System.Text.Json.Nodes;
using Classeur.Authoring;
using Classeur.Build;
using Classeur.Model;
using Classeur.Tests.Support;
using NJsonSchema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Classeur.Tests;

/// <summary>
/// The JSON Schemas that editors get and the generator's own validation agree: every real fiche
/// passes both, and each bad front matter below is rejected by both.
/// </summary>
public sealed class FrontMatterSchemaTests
{
    [Fact]
    public async Task Every_front_matter_of_the_real_manual_is_valid_against_the_schema_of_its_type()
    {
        var manual = SiteBuilder.Load(new BuildOptions(RepositoryPaths.Root) { CheckOnly = true }).Manual;
        Assert.Equal(45, manual.Fiches.Count(f => !FicheTypes.IsLibrary(f.Type)));
        foreach (var type in FrontMatterJsonSchema.Types)
        {
            var schema = await JsonSchema.FromJsonAsync(FrontMatterJsonSchema.For(type, manual).ToJsonString());
            foreach (var fiche in manual.OfType(type))
            {
                var json = YamlAsJson(FrontMatterOf(File.ReadAllText(Path.Combine(RepositoryPaths.Content, fiche.ContentPath))));
                var errors = schema.Validate(json);
                Assert.True(errors.Count == 0, $"{fiche.Id}: " + string.Join("; ", errors.Select(e => $"{e.Path} {e.Kind}")));
            }
        }
    }

    public static TheoryData<string, string, string> BadFrontMatters => new()
    {
        { "experience", "id: III-3\ntype: experience\ntitle: T\norganisation: O\nterritory: {label: L}\nsee_also: [I-Z-9]", "CLS0201" },
        { "experience", "id: III-3\ntype: experience\ntitle: T\norganisation: O\nterritory: {label: L}\nkeywords: [inconnu]", "CLS0205" },
        { "experience", "id: III-3\ntype: experience\ntitle: T\norganisation: O\nterritory: {label: L}\ndimensions: [II-1]", "CLS0202" },
        { "experience", "id: III-3\ntype: experience\ntitle: T\norganisation: O", "CLS0109" },
        { "experience", "id: III-3\ntype: experience\ntitle: T\nterritory: {label: L}", "CLS0104" },
        { "experience", "id: III-3\ntype: experience\ntitle: T\norganisation: O\nterritory: {label: L}\nexperimentation: E", "CLS0110" },
        { "experience", "id: III-3\ntype: experience\ntitle: T\norganisation: O\nterritory: {label: L, pays: France}", "CLS0103" },
        { "experience", "id: III-3\ntype: experience\ntitle: T\norganisation: O\nterritory: {label: L}\ncontacts: [{name: N, url: \"javascript:alert(1)\"}]", "CLS0208" },
        { "repere", "id: I-B-2\ntype: repere\ntitle: T\nauteur: Moi", "CLS0103" },
        { "repere", "id: I-B-2\ntype: repere", "CLS0104" },
        { "repere", "id: I-B-2\ntype: repere\ntitle: T\nversion: deux", "CLS0105" },
        { "repere", "id: I-B-2\ntype: repere\ntitle: T\nstatus: fini", "CLS0105" },
        { "repere", "id: I-B-2\ntype: repere\ntitle: T\nresources: [{group: G}]", "CLS0104" },
        { "repere", "id: I-B-2\ntype: repere\ntitle: T\nresources: [{ref: inconnue}]", "CLS0206" },
        { "repere", "id: I-Z-2\ntype: repere\ntitle: T", "CLS0106" },
        { "repere", "id: II-7\ntype: repere\ntitle: T", "CLS0107" },
        { "methode", "id: II-2\ntype: methode\ntitle: T\norganisation: O", "CLS0110" },
        { "ressource", "id: RES-002\ntype: ressource\ntitle: T\ndocument: {kind: K}\ncases: [EXP-009-1]", "CLS0217" },
        { "ressource", "id: RES-002\ntype: ressource\ntitle: T\ndocument: {kind: K}\nrelated: [{fiche: I-Z-9}]", "CLS0201" },
        { "ressource", "id: RES-002\ntype: ressource\ntitle: T\ndocument: {kind: K, inferred: [couleur]}", "CLS0105" },
        { "ressource", "id: RES-002\ntype: ressource\ntitle: T", "CLS0104" },
        { "experience-externe", "id: EXP-001-4\ntype: experience-externe\ntitle: T\nterritory: {label: L}\nsource: {ref: RES-001}\nperiod: P\nsource_date: D", "CLS0111" },
        { "experience-externe", "id: EXP-001-4\ntype: experience-externe\ntitle: T\nterritory: {label: L, departement: \"56\"}\nsource: {ref: RES-009}\nperiod: P\nsource_date: D", "CLS0216" },
        { "experience-externe", "id: EXP-001-4\ntype: experience-externe\ntitle: T\nterritory: {label: L, departement: \"56\"}\nsource: {ref: RES-001}\nsource_date: D", "CLS0104" },
        { "experience-externe", "id: EXP-001-4\ntype: experience-externe\ntitle: T\nterritory: {label: L, departement: \"non précisé\"}\nsource: {ref: RES-001}\nperiod: P\nsource_date: D", "CLS0105" },
    };

    [Theory]
    [MemberData(nameof(BadFrontMatters))]
    public async Task Check_and_the_schema_both_reject_a_bad_front_matter(string type, string yaml, string code)
    {
        using var site = FixtureSite.Create();
        site.Write($"content/{FicheSkeleton.Folder(FicheTypes.Parse(type)!.Value)}/essai.md", $"---\n{yaml}\n---\n\n## En bref\n\nTexte.\n");
        var (exit, output, _) = ClasseurCommand.Run("check", "--project", site.Root);
        Assert.Equal(1, exit);
        Assert.Contains($"error {code}:", output, StringComparison.Ordinal);

        var manual = SiteBuilder.Load(new BuildOptions(RepositoryPaths.Sites + "/base") { CheckOnly = true }).Manual;
        var schema = await JsonSchema.FromJsonAsync(FrontMatterJsonSchema.For(FicheTypes.Parse(type)!.Value, manual).ToJsonString());
        Assert.NotEmpty(schema.Validate(YamlAsJson(yaml)));
    }

    [Theory]
    [InlineData("experience")]
    [InlineData("methode")]
    [InlineData("repere")]
    public async Task A_fiche_made_by_new_is_valid_for_check_and_for_the_schema(string type)
    {
        using var site = FixtureSite.Create();
        Assert.Equal(0, ClasseurCommand.Run("new", type, "Un titre", "--project", site.Root).ExitCode);
        var file = Directory.EnumerateFiles(site.PathOf("content"), "*un-titre.md", SearchOption.AllDirectories).Single();
        var manual = SiteBuilder.Load(new BuildOptions(site.Root) { CheckOnly = true }).Manual;
        var schema = await JsonSchema.FromJsonAsync(FrontMatterJsonSchema.For(FicheTypes.Parse(type)!.Value, manual).ToJsonString());
        Assert.Empty(schema.Validate(YamlAsJson(FrontMatterOf(File.ReadAllText(file)))));
    }

    [Fact]
    public void The_schema_command_writes_one_schema_per_type_and_frontmatter_json_from_the_content()
    {
        using var site = FixtureSite.Create();
        var (code, output, _) = ClasseurCommand.Run("schema", "--project", site.Root);
        Assert.Equal(0, code);
        Assert.Contains("Schémas écrits", output, StringComparison.Ordinal);
        var experience = JsonNode.Parse(site.Read("schemas/fiche-experience.schema.json"))!;
        var seeAlso = experience["properties"]!["see_also"]!["items"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Contains("I-C-2-a", seeAlso);
        Assert.Contains("III-2", seeAlso);
        var cms = JsonNode.Parse(site.Read("frontmatter.json"))!;
        Assert.Equal(["repere", "methode", "experience", "ressource", "experience-externe"],
            cms["frontMatter.taxonomy.contentTypes"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        Assert.Equal(["[[workspace]]/content/ressources", "[[workspace]]/content/experiences-externes"],
            cms["frontMatter.content.pageFolders"]!.AsArray().Skip(3).Select(f => f!["path"]!.GetValue<string>()));
    }

    /// <summary>
    /// Front Matter CMS and the JSON Schemas describe the same front matter: every field the extension
    /// offers is a property of its type's schema (sub-fields too), required on both sides alike, and
    /// every choice it proposes is a value the schema (so `check`) accepts.
    /// </summary>
    [Fact]
    public void Each_content_type_of_frontmatter_json_agrees_with_the_json_schema_of_its_type()
    {
        var manual = SiteBuilder.Load(new BuildOptions(RepositoryPaths.Root) { CheckOnly = true }).Manual;
        var cms = FrontMatterCmsConfig.For(manual, "content");
        foreach (var contentType in cms["frontMatter.taxonomy.contentTypes"]!.AsArray())
        {
            var type = FicheTypes.Parse(contentType!["name"]!.GetValue<string>())!.Value;
            AssertAgrees(type.ToString(), contentType["fields"]!.AsArray(), FrontMatterJsonSchema.For(type, manual));
        }
        var external = cms["frontMatter.taxonomy.contentTypes"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == "experience-externe")!;
        var departement = external["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "territory")!["fields"]!.AsArray()[1]!;
        Assert.Contains("non-precise", departement["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static void AssertAgrees(string where, JsonArray fields, JsonNode schema)
    {
        var properties = schema["properties"]!.AsObject();
        var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var field in fields.Select(f => f!.AsObject()))
        {
            var name = field["name"]!.GetValue<string>();
            Assert.True(properties.ContainsKey(name), $"{where}: {name} is not in the JSON schema");
            Assert.True(required.Contains(name) == (field["required"]?.GetValue<bool>() ?? false), $"{where}: {name} required differs");
            var property = properties[name]!;
            if (field["fields"] is JsonArray subFields) AssertAgrees($"{where}.{name}", subFields, property);
            if (field["choices"] is not JsonArray choices) continue;
            var allowed = (property["items"] ?? property)["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToHashSet();
            foreach (var choice in choices)
            {
                var value = choice is JsonObject o ? o["id"]!.GetValue<string>() : choice!.GetValue<string>();
                Assert.True(allowed.Contains(value), $"{where}: {name} offers « {value} », which the schema refuses");
            }
        }
        var offered = fields.Select(f => f!["name"]!.GetValue<string>()).ToHashSet();
        Assert.All(required, r => Assert.True(offered.Contains(r), $"{where}: required {r} is not offered"));
    }

    [Fact]
    public void The_committed_schemas_and_frontmatter_json_match_the_content()
    {
        using var project = new TempProject().CopyFrom(RepositoryPaths.Content, "content");
        File.Copy(Path.Combine(RepositoryPaths.Root, "site.yml"), project.PathOf("site.yml"));
        Assert.Equal(0, ClasseurCommand.Run("schema", "--project", project.Root).ExitCode);
        foreach (var file in FrontMatterJsonSchema.Types.Select(t => "schemas/" + FrontMatterJsonSchema.FileName(t)).Append("frontmatter.json"))
        {
            Assert.True(project.Read(file) == File.ReadAllText(Path.Combine(RepositoryPaths.Root, file)),
                $"{file} is stale: run `dotnet run --project generator/Classeur.Cli -- schema` and commit the result.");
        }
    }

    private static string FrontMatterOf(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        return string.Join('\n', lines[1..end]);
    }

    /// <summary>YAML as editors' tooling reads it: plain integers become numbers, everything else text.</summary>
    private static string YamlAsJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode)!.ToJsonString();
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(p =>
            KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Convert(p.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var v } when long.TryParse(v, out var n) => JsonValue.Create(n),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" } => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };
}
