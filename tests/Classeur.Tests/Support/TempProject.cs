namespace Classeur.Tests.Support;

/// <summary>A throw-away project folder for one test; deleted on dispose.</summary>
public sealed class TempProject : IDisposable
{
    public TempProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "classeur-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public TempProject Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    public TempProject WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Copies a folder (recursively) into this project at <paramref name="relative"/>.</summary>
    public TempProject CopyFrom(string source, string relative = "")
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = PathOf(Path.Combine(relative, Path.GetRelativePath(source, file)));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        return this;
    }

    /// <summary>
    /// The repository's real templates, so that sites in tests render as the real one does. Of
    /// node_modules (thousands of files, mostly Paged.js's build dependencies) only the files the site
    /// , the map and the binders read are copied.
    /// </summary>
    public TempProject WithTemplates()
    {
        var templates = RepositoryPaths.Templates;
        foreach (var file in Directory.EnumerateFiles(templates))
            File.Copy(file, Target("templates/" + Path.GetFileName(file)), overwrite: true);
        foreach (var folder in Directory.EnumerateDirectories(templates).Where(d => Path.GetFileName(d) != "node_modules"))
            CopyFrom(folder, "templates/" + Path.GetFileName(folder));
        var modules = Classeur.Search.BrowserPackages.Sources.Concat(Classeur.Print.PrintFiles.NodeModules).Append(Classeur.Knowledge.FranceMap.SvgFile);
        foreach (var module in modules)
        {
            var source = Path.Combine(templates, "node_modules", module);
            if (File.Exists(source)) File.Copy(source, Target("templates/node_modules/" + module), overwrite: true);
        }
        return this;
    }

    private string Target(string relative)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed may still hold a file; the temp folder is cleaned by the system.
        }
    }
}
