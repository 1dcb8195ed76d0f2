namespace Classeur.Configuration;

/// <summary>site.yml « contacts: email: »: how contacts' e-mail addresses appear on the site.</summary>
public enum EmailDisplay
{
    /// <summary>Written « nom [arobase] domaine.fr », with no « @ » and no mailto: in the HTML (the default).</summary>
    Obfuscate,

    /// <summary>A mailto: link, as printed.</summary>
    Show,

    /// <summary>Not published at all.</summary>
    Hide,
}
