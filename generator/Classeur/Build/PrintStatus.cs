namespace Classeur.Build;

/// <summary>How a print ended; the command turns it into an exit code.</summary>
public enum PrintStatus
{
    /// <summary>Every PDF printed and the site built with them.</summary>
    Printed,

    /// <summary>`--depuis`: no fiche of the selection changed since the edition; nothing printed.</summary>
    NothingToReprint,

    /// <summary>No Chromium where it was looked for.</summary>
    NoChromium,

    /// <summary>An unknown fiche, part, region or keyword, or an edition that names nothing.</summary>
    BadRequest,

    /// <summary>The content (or a template) has errors: nothing printed, nothing written.</summary>
    ContentErrors,

    /// <summary>Chromium could not print, or a print file is missing.</summary>
    PrintFailed,
}
