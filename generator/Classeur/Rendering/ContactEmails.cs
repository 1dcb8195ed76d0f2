using Classeur.Configuration;

namespace Classeur.Rendering;

/// <summary>
/// How a contact's e-mail address is published (site.yml « contacts: email: »). By default it is
/// written « nom [arobase] domaine.fr »: plain text that people read, copy and that screen readers say
/// (« arobase » is the French word for @), while the HTML holds neither « @ » nor « mailto: » for
/// address harvesters to pick up. No script is needed, which the site's CSP would forbid inline anyway.
/// </summary>
public static class ContactEmails
{
    public const string At = " [arobase] ";

    /// <summary>The fields the contacts partial reads: email (as shown), email_link (a mailto: target, or null).</summary>
    public static void AddTo(Dictionary<string, object?> contact, string? email, EmailDisplay display)
    {
        if (email is null || display == EmailDisplay.Hide) return;
        if (display == EmailDisplay.Show)
        {
            contact["email"] = email;
            contact["email_link"] = "mailto:" + email;
            return;
        }
        contact["email"] = email.Replace("@", At, StringComparison.Ordinal);
        contact["email_protected"] = true;
    }
}
