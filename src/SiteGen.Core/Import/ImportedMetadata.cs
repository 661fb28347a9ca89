using System.Collections.Immutable;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>The metadata the importer proposes for the front matter; each guess the editor should confirm comes with a warning.</summary>
public sealed record ImportedMetadata(
    string Title,
    string Name,
    string Id,
    string Sector,
    AgencyLevel Level,
    ImmutableArray<string> Region,
    int? Year);
