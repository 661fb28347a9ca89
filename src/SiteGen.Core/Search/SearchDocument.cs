namespace SiteGen.Core.Search;

/// <summary>
/// What the search index knows of one report: the fields it ranks (title, agency, body), the values it filters on,
/// and where the report's page is. Built from the model, not from rendered HTML (architecture.md).
/// </summary>
public sealed record SearchDocument(
    int Number,
    string Route,
    string Title,
    string Agency,
    string Body,
    int Year,
    string AgencyId,
    string Region,
    string Level,
    string Sector)
{
    /// <summary>The ranked fields in index order; their boosts are in <see cref="SearchFields.Boosts"/>.</summary>
    public IReadOnlyList<string> FieldTexts => [Title, Agency, Body];
}

/// <summary>The fields of the index and their BM25 boosts: a match in the title or agency name counts more.</summary>
public static class SearchFields
{
    public static readonly IReadOnlyList<string> Names = ["title", "agency", "body"];

    public static readonly IReadOnlyList<double> Boosts = [2.0, 2.0, 1.0];
}
