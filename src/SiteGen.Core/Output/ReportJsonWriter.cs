using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Core.Reports;
using SiteGen.Core.Site.BarrierFree;

namespace SiteGen.Core.Output;

/// <summary>
/// A report's tables as one JSON document: the report's identity, then every table with one entry per number,
/// its row and column paths as arrays and its front matter key. A blank cell is null, never 0.
/// </summary>
public static class ReportJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Not indented: indentation made two thirds of the file (66 KB of a report's tables), 660 MB to write at
        // 10,000 reports; any JSON viewer indents it again.
        Indented = false,

        // A data file, never inlined in HTML: Chinese stays readable instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(Report report, IReadOnlyList<TableLines> tables)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("title", report.Title);
            json.WriteStartObject("agency");
            json.WriteString("id", report.Agency.Id);
            json.WriteString("name", report.Agency.Name);
            json.WriteEndObject();
            json.WriteNumber("year", report.Year);
            json.WriteString("format", report.Format.ToYaml());
            json.WriteStartArray("tables");
            foreach (var table in tables)
            {
                json.WriteStartObject();
                json.WriteString("table", table.Number);
                json.WriteString("title", table.Title);
                json.WriteStartArray("cells");
                foreach (var line in table.Lines)
                {
                    json.WriteStartObject();
                    json.WriteString("key", line.Key);
                    Strings(json, "row", line.RowPath);
                    Strings(json, "column", line.ColumnPath);
                    if (line.Value is { } value)
                    {
                        json.WriteNumber("value", value);
                    }
                    else
                    {
                        json.WriteNull("value");
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
