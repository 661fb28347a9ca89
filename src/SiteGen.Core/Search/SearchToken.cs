namespace SiteGen.Core.Search;

/// <summary>A term and where it starts, counted in code points of the NFKC-normalized text.</summary>
public readonly record struct SearchToken(string Term, int Position);
