using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SiteGen.Core.Search.Lunr;

/// <summary>
/// Writes a <see cref="LunrIndex"/> as the JSON of lunr 2.3.9's lunr.Index.prototype.toJSON, which stock lunr.js
/// loads with lunr.Index.load and no registered pipeline functions:
/// <c>{ "version", "fields", "fieldVectors": [["field/ref", [termIndex, weight, ...]], ...],
/// "invertedIndex": [[term, { "_index": n, "field": { "ref": {} } }], ...], "pipeline": [] }</c>.
/// The JSON is streamed: at most about <see cref="FlushThreshold"/> bytes wait in memory.
/// </summary>
public static class LunrIndexWriter
{
    /// <summary>lunr.Index.load warns when this differs from lunr.version.</summary>
    public const string LunrVersion = "2.3.9";

    private const int FlushThreshold = 64 * 1024;

    // Han characters raw (three bytes in UTF-8) rather than \uXXXX (six bytes each) (search.md).
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Write(Stream output, IEnumerable<LunrDocument> documents)
    {
        var builder = new LunrIndexBuilder();
        foreach (var document in documents)
        {
            builder.Add(document);
        }

        Write(output, builder.Build());
    }

    public static void Write(Stream output, LunrIndex index)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("version", LunrVersion);
        json.WriteStartArray("fields");
        foreach (var field in LunrDocument.FieldNames)
        {
            json.WriteStringValue(field);
        }

        json.WriteEndArray();
        WriteFieldVectors(json, index);
        WriteInvertedIndex(json, index);

        // Empty: the terms are final as written, and a loaded index needs no registered pipeline functions.
        json.WriteStartArray("pipeline");
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    /// <summary>
    /// lunr.Builder.prototype.createFieldVectors: one vector per field of each document, empty fields included, in
    /// the order lunr added them (documents in order, fields in order), keyed "field/ref" as lunr.FieldRef writes it.
    /// </summary>
    private static void WriteFieldVectors(Utf8JsonWriter json, LunrIndex index)
    {
        var idf = index.IdfByTermIndex();
        var fieldCount = LunrDocument.FieldNames.Length;
        json.WriteStartArray("fieldVectors");
        for (var i = 0; i < index.FieldTerms.Length; i++)
        {
            var field = i % fieldCount;
            var terms = index.FieldTerms[i];
            json.WriteStartArray();
            json.WriteStringValue(LunrDocument.FieldNames[field] + "/" + index.Refs[i / fieldCount]);
            json.WriteStartArray();
            for (var t = 0; t < terms.TermIndexes.Length; t++)
            {
                var termIndex = terms.TermIndexes[t];
                json.WriteNumberValue(termIndex);
                json.WriteNumberValue(LunrBm25.Weight(idf[termIndex], terms.Frequencies[t], terms.Length, index.AverageFieldLengths[field]));
            }

            json.WriteEndArray();
            json.WriteEndArray();
            FlushIfFull(json);
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// The terms in sorted order, each with its number and every field's postings, an empty object for a field
    /// without the term too: lunr.idf and lunr.Index.prototype.query read <c>posting[field]</c> for every field.
    /// A document's entry is empty because no metadata is whitelisted (lunr's metadataWhitelist is []).
    /// </summary>
    private static void WriteInvertedIndex(Utf8JsonWriter json, LunrIndex index)
    {
        json.WriteStartArray("invertedIndex");
        for (var i = 0; i < index.Terms.Length; i++)
        {
            var posting = index.Postings[i];
            json.WriteStartArray();
            json.WriteStringValue(index.Terms[i]);
            json.WriteStartObject();
            json.WriteNumber("_index", posting.Index);
            for (var field = 0; field < LunrDocument.FieldNames.Length; field++)
            {
                json.WriteStartObject(LunrDocument.FieldNames[field]);
                foreach (var document in posting.DocumentsOf(field))
                {
                    json.WriteStartObject(index.Refs[document]);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndArray();
            FlushIfFull(json);
        }

        json.WriteEndArray();
    }

    private static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending > FlushThreshold)
        {
            json.Flush();
        }
    }
}
