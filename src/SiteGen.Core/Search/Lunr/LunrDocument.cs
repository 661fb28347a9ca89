using System.Collections.Immutable;

namespace SiteGen.Core.Search.Lunr;

/// <summary>
/// One document as the lunr index holds it: its ref and, for each of <see cref="FieldNames"/>, the terms
/// <see cref="ChineseTokenizer"/> produced, in text order and with their repeats (a repeat is term frequency).
/// The terms go into the index exactly as given, because the index's pipeline is empty (search.md).
/// </summary>
public sealed record LunrDocument(string Ref, IReadOnlyList<string> Title, IReadOnlyList<string> Agency, IReadOnlyList<string> Body)
{
    /// <summary>
    /// The fields in lunr's order. builder.js walks <c>Object.keys(this._fields)</c>, the order of the
    /// <c>this.field(...)</c> calls, and that order numbers the terms and orders the field vectors.
    /// </summary>
    public static ImmutableArray<string> FieldNames { get; } = ["title", "agency", "body"];

    internal IReadOnlyList<string> TermsOf(int field) => field switch
    {
        0 => Title,
        1 => Agency,
        2 => Body,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
