using Classeur.Diagnostics;
using Classeur.Print;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// The print templates are strict on their typed models, as the site's are: a name the model does not
/// have fails the print, naming the template.
/// </summary>
public sealed class PrintTemplateStrictTests
{
    [Fact]
    public void A_name_the_model_lacks_fails_the_print_and_names_the_template()
    {
        var diagnostics = new DiagnosticBag();
        var templates = PrintTemplates.Load(RepositoryPaths.Templates, "templates", diagnostics);
        Assert.NotNull(templates);
        Assert.Empty(diagnostics.Sorted());

        var error = Assert.Throws<PrintFailedException>(() => templates.Render(PrintTemplates.Fiche, new PaperLink("Fiche I-C-2-a", null)));
        Assert.Contains("« impression/fiche.hbs » lit une donnée inconnue", error.Message, StringComparison.Ordinal);
    }
}
