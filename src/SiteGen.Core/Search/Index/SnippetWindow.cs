namespace SiteGen.Core.Search.Index;

/// <summary>
/// A result's fragment cut to what its snippet needs for one term: the title and agency whole, and the body only
/// around the term's first occurrence. search.js's snippet() finds the query's first occurrence (title, then agency,
/// then body) and shows up to 30 code points before it and 60 after, reading at most twice as many code units on each
/// side and adding "…" where the text goes on; one code unit more on each side than it reads gives it the very same
/// snippet as the whole text.
/// </summary>
internal static class SnippetWindow
{
    private const int Before = (2 * 30) + 1;
    private const int After = (2 * 60) + 1;

    /// <summary>The fields of the cut fragment, or null where the term does not stand in the text as written (a
    /// compatibility form that only NFKC turns into it): the page then fetches the whole fragment.</summary>
    /// <param name="body">The document's body: a one-off build reads it back into a buffer, not a string.</param>
    public static string[]? Fields(SearchDocument document, ReadOnlySpan<char> body, string term)
    {
        if (document.Title.Contains(term, StringComparison.Ordinal) || document.Agency.Contains(term, StringComparison.Ordinal))
        {
            return [document.Title, document.Agency, ""];
        }

        var at = body.IndexOf(term, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = Math.Max(0, at - Before);
        var end = Math.Min(body.Length, at + term.Length + After);
        return [document.Title, document.Agency, body[start..end].ToString()];
    }

    /// <summary>Appends <c>{"doc":N, route, title, agency, year, region, fields},</c> (the fragment's shape) and returns
    /// false, appending nothing, where the term is not in the text as written.</summary>
    public static bool Write(SearchDocument document, ReadOnlySpan<char> body, string term, JsonBuffer json)
    {
        var fields = Fields(document, body, term);
        if (fields is null)
        {
            return false;
        }

        json.Raw("{\"doc\":"u8);
        json.Number(document.Number);
        Property(json, "route"u8, document.Route);
        Property(json, "title"u8, document.Title);
        Property(json, "agency"u8, document.Agency);
        json.Raw("\"year\":"u8);
        json.Number(document.Year);
        Property(json, "region"u8, document.Region);
        json.Raw("\"fields\":["u8);
        foreach (var field in fields)
        {
            json.String(field);
            json.Byte((byte)',');
        }

        json.Close((byte)']');
        json.Raw("},"u8);
        return true;
    }

    private static void Property(JsonBuffer json, ReadOnlySpan<byte> name, string value)
    {
        json.Byte((byte)'"');
        json.Raw(name);
        json.Raw("\":"u8);
        json.String(value);
        json.Byte((byte)',');
    }
}
