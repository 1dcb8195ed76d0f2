namespace Classeur.Rendering.Models;

/// <summary>
/// A typed model that the site's templates read. Its properties are seen under their snake_case names
/// (<c>TypeLabel</c> is <c>{{type_label}}</c>), the names template authors have always written; a name a
/// template reads that the model lacks is a build error (CLS0302), not an empty string.
/// </summary>
internal interface ITemplateModel;
