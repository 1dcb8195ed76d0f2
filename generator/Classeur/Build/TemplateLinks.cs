using Classeur.Content;
using Classeur.Diagnostics;

namespace Classeur.Build;

/// <summary>
/// Checked before any template is read: no symbolic link under templates/ leads out of it, and
/// none loops. node_modules (thousands of files) is not walked: only the few files the site copies
/// from it are checked, each along its whole path.
/// </summary>
public static class TemplateLinks
{
    /// <summary>The files of node_modules that a build or a print reads.</summary>
    public static IEnumerable<string> ModuleFiles =>
        Search.BrowserPackages.Sources.Concat(Print.PrintFiles.NodeModules).Append(Knowledge.FranceMap.SvgFile);

    /// <summary>True when the templates may be read: every refused link was reported.</summary>
    public static bool Check(string templatesDirectory, string projectRoot, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(templatesDirectory)) return true; // TemplateSet reports the missing templates
        var found = new DiagnosticBag();
        FolderWalker.Files(templatesDirectory, projectRoot, found, name => name == "node_modules");
        var boundary = LinkGuard.RealPath(templatesDirectory) ?? Path.GetFullPath(templatesDirectory);
        var label = ContentLoader.Relative(projectRoot, templatesDirectory) + "/";
        foreach (var module in ModuleFiles)
        {
            var path = Path.Combine(templatesDirectory, "node_modules", module.Replace('/', Path.DirectorySeparatorChar));
            var real = LinkGuard.RealPath(path);
            var location = SourceLocation.File(ContentLoader.Relative(projectRoot, path));
            if (real is null)
                found.Report(DiagnosticCatalog.LinkLoop, location, "forme, avec les dossiers de son chemin, une boucle de liens");
            else if (!LinkGuard.IsWithin(real, boundary))
                found.Report(DiagnosticCatalog.LinkOutside, location, label, real);
        }
        var problems = found.Sorted();
        foreach (var problem in problems) diagnostics.Add(problem);
        return problems.All(p => p.Severity != Severity.Error);
    }
}
