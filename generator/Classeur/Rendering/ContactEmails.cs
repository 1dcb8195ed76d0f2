using Classeur.Configuration;

namespace Classeur.Rendering;

/// <summary>
/// How a contact's e-mail address is published (site.yml « contacts: email: »). By default it is
/// written « nom [arobase] domaine.fr »: plain text that people read, copy and that screen readers say
/// (« arobase » is the French word for @), while the HTML holds neither « @ » nor « mailto: » for
/// address harvesters to pick up. No script is needed, which the site's CSP would forbid inline anyway.
/// </summary>
internal static class ContactEmails
{
    public const string At = " [arobase] ";

    /// <summary>The address as shown (null when hidden) and its mailto: target (only when shown as is).</summary>
    public static (string? Email, string? Link) Shown(string? email, EmailDisplay display) => email is null ? (null, null) : display switch
    {
        EmailDisplay.Hide => (null, null),
        EmailDisplay.Show => (email, "mailto:" + email),
        _ => (email.Replace("@", At, StringComparison.Ordinal), null),
    };
}
