namespace Classeur.Model;

/// <summary>A person or organisation to write to ("Pour en savoir plus / pour un échange de pratique").</summary>
public sealed record Contact(
    string? Name, string? Role, string? Organisation, string? Address, string? Phone, string? Email, string? Url);
