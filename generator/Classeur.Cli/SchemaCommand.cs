using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Classeur.Authoring;
using Classeur.Build;

namespace Classeur.Cli;

/// <summary>
/// `classeur schema`: writes the JSON Schemas of the front matter (schemas/) and frontmatter.json
/// from the content, so editors complete ids and keywords. Run again after adding a fiche, a
/// keyword or a record.
/// </summary>
public static class SchemaCommand
{
    public static Command Create(Option<string?> project, Option<string?> content, TextWriter output, TextWriter error)
    {
        var command = new Command("schema", "Écrit les schémas JSON du front matter (schemas/) et frontmatter.json, pour l'éditeur.") { project, content };
        command.SetAction(parsed =>
        {
            var root = ProjectLocator.FindOrExplain(parsed.GetValue(project), error);
            if (root is null) return CommandLine.BadUsage;
            var given = parsed.GetValue(content);
            var loaded = SiteBuilder.Load(new BuildOptions(root) { CheckOnly = true, ContentDirectory = given is null ? null : Path.GetFullPath(given) });
            Directory.CreateDirectory(Path.Combine(root, "schemas"));
            foreach (var type in FrontMatterJsonSchema.Types)
                Write(Path.Combine(root, "schemas", FrontMatterJsonSchema.FileName(type)), FrontMatterJsonSchema.For(type, loaded.Manual));
            var contentFolder = Path.GetRelativePath(root, loaded.ContentDirectory).Replace('\\', '/');
            Write(Path.Combine(root, "frontmatter.json"), FrontMatterCmsConfig.For(loaded.Manual, contentFolder));
            output.WriteLine($"Schémas écrits : schemas/ ({FrontMatterJsonSchema.Types.Count} types de fiche) et frontmatter.json, à partir de {loaded.Manual.Fiches.Count} fiches, {loaded.Manual.Keywords.Count} mots clefs et {loaded.Manual.Bibliography.Count} notices.");
            return CommandLine.Clean;
        });
        return command;
    }

    private static void Write(string path, JsonObject json)
    {
        var text = json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n", new UTF8Encoding(false));
    }
}
