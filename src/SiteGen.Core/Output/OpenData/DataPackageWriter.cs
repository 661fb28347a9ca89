using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiteGen.Core.Output.OpenData;

/// <summary>
/// data/datapackage.json: the Frictionless Data Package descriptor (https://specs.frictionlessdata.io/data-package/)
/// for the archive-wide files, with a type and a description for every column of both CSV files.
/// </summary>
public static class DataPackageWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(string title, int reportCount, IReadOnlyList<int> cellYears)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("profile", "tabular-data-package");
            json.WriteString("name", "government-information-disclosure-annual-reports");
            json.WriteString("title", title);
            json.WriteString("description", $"政府信息公开工作年度报告统计表（表二、表三、表四）的全部数字，{reportCount} 份报告。");
            json.WriteStartArray("resources");
            Csv(json, OpenDataRoutes.ReportsCsvName, "reports", "每份报告一行，统计表的每个单元格一列", [.. ReportFields.All.Select(f => (f.Name, f.Type, f.Description))], ["agency_id", "year"]);
            foreach (var year in cellYears)
            {
                Csv(json, OpenDataRoutes.CellsCsvName(year), $"cells-{year}", $"长表，{year} 年度：每个单元格一行（机关、年度、表、行、列、数值）", CellsCsvWriter.Fields, ["agency_id", "year", "row_key", "column_index"]);
            }

            json.WriteStartObject();
            json.WriteString("name", "reports-json");
            json.WriteString("path", OpenDataRoutes.ReportsJsonName);
            json.WriteString("format", "json");
            json.WriteString("mediatype", "application/json");
            json.WriteString("encoding", "utf-8");
            json.WriteString("description", "每份报告的元数据，以及按 front matter 路径存放的各行数字（空白为 null）和地方增列的行");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Csv(Utf8JsonWriter json, string path, string name, string description,
        IReadOnlyList<(string Name, string Type, string Description)> fields, string[] primaryKey)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("path", path);
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");

        // Python's name for UTF-8 with a byte order mark, which frictionless-py reads.
        json.WriteString("encoding", "utf-8-sig");
        json.WriteString("description", description);
        json.WriteStartObject("dialect");
        json.WriteString("delimiter", ",");
        json.WriteString("lineTerminator", "\r\n");
        json.WriteBoolean("header", true);
        json.WriteEndObject();
        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var field in fields)
        {
            json.WriteStartObject();
            json.WriteString("name", field.Name);
            json.WriteString("type", field.Type);
            json.WriteString("description", field.Description);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("missingValues");
        json.WriteStringValue("");
        json.WriteEndArray();
        json.WriteStartArray("primaryKey");
        foreach (var key in primaryKey)
        {
            json.WriteStringValue(key);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
