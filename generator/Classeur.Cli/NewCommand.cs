using System.CommandLine;
using Classeur.Authoring;
using Classeur.Configuration;
using Classeur.Diagnostics;
using Classeur.Model;

namespace Classeur.Cli;

/// <summary>
/// `classeur new experience|repere|methode "Titre"`: writes a draft fiche with its whole skeleton,
/// so that a staff member starts from a file that `check` already accepts.
/// </summary>
public static class NewCommand
{
    public static Command Create(Option<string?> project, Option<string?> content, TextWriter output, TextWriter error)
    {
        var type = new Argument<string>("type") { Description = "Le type de la fiche : experience, repere ou methode." };
        type.AcceptOnlyFromAmong("experience", "repere", "methode");
        var title = new Argument<string>("titre") { Description = "Le titre de la fiche, tel qu'il sera imprimé, entre guillemets." };
        var section = new Option<string?>("--section")
        {
            Description = "Pour un repère : la section, A, B, C-1 ou C-2 (par défaut C-2, les principes d'action).",
        };
        section.AcceptOnlyFromAmong([.. FicheScaffolder.RepereSections]);
        var id = new Option<string?>("--id") { Description = "Un identifiant précis, au lieu du suivant libre." };

        var command = new Command("new", "Crée une fiche en brouillon, avec son front matter et ses sections.") { type, title, section, id, project, content };
        command.SetAction(parsed =>
        {
            var root = ProjectLocator.FindOrExplain(parsed.GetValue(project), error);
            if (root is null) return CommandLine.BadUsage;
            var contentDirectory = parsed.GetValue(content) is { } given
                ? Path.GetFullPath(given)
                : Path.Combine(root, SiteConfigLoader.Load(root, new DiagnosticBag()).ContentDirectory);
            var ficheType = FicheTypes.Parse(parsed.GetValue(type)!)!.Value;
            var result = FicheScaffolder.Create(contentDirectory, ficheType, parsed.GetValue(title)!, parsed.GetValue(section), parsed.GetValue(id));
            if (!result.Created)
            {
                error.WriteLine($"classeur : {result.Refusal}");
                return CommandLine.ContentErrors;
            }
            var relative = Path.GetRelativePath(root, result.FullPath!).Replace('\\', '/');
            output.WriteLine($"Fiche créée : {relative} ({result.Id}, en brouillon). Complétez-la, puis lancez « classeur check » ; " +
                "« classeur serve » la montre, et build la publiera quand vous retirerez « status: brouillon ».");
            return CommandLine.Clean;
        });
        return command;
    }
}
