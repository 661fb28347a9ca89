using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Output.OpenData;

/// <summary>
/// data/reports.json: every report's metadata and every table row under its front matter path, as the content files
/// hold them (a blank cell is null), plus the rows a province added. Reading it back gives the model's cells exactly.
/// </summary>
public static class ReportsJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,

        // A data file, never inlined in HTML: Chinese stays readable instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly ReportRows Rows = new(report =>
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            Report(json, report);
        }

        return stream.ToArray();
    });

    private static readonly byte[] Open = "["u8.ToArray(), Comma = ","u8.ToArray(), Close = "]\n"u8.ToArray();

    /// <summary>The file in parts, written one after the other (<see cref="Site.FileJob.InParts"/>).</summary>
    /// <param name="keep">Keep each report's row for the next build (<see cref="ReportRows"/>).</param>
    public static IEnumerable<byte[]> Parts(IEnumerable<Report> reports, bool keep = false) => Rows.Parts(Open, reports, Comma, Close, keep);

    public static byte[] Write(IEnumerable<Report> reports) => ByteParts.Join(Parts(reports));

    public static bool SameRow(Report a, Report b) => Rows.Same(a, b);

    private static void Report(Utf8JsonWriter json, Report report)
    {
        json.WriteStartObject();
        json.WriteStartObject("agency");
        json.WriteString("id", report.Agency.Id);
        json.WriteString("name", report.Agency.Name);
        json.WriteString("sector", report.Agency.Sector);
        json.WriteString("level", report.Agency.Level.ToString());
        json.WriteStartArray("region");
        foreach (var part in report.Agency.Region)
        {
            json.WriteStringValue(part);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteNumber("year", report.Year);
        json.WriteString("title", report.Title);
        json.WriteString("format", report.Format.ToYaml());
        NullableString(json, "published", report.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        NullableString(json, "source", report.Source);
        NullableString(json, "procurement_amount", report.ProcurementAmount);
        json.WriteStartObject("cells");
        foreach (var row in report.Tables.SelectMany(t => t.Rows))
        {
            if (report.Row(row.Path) is { } cells)
            {
                Numbers(json, row.Path, cells);
            }
        }

        json.WriteEndObject();
        json.WriteStartArray("extra");
        foreach (var extra in report.Extra)
        {
            json.WriteStartObject();
            json.WriteString("table", extra.Table.ToString());
            json.WriteString("label", extra.Label);
            json.WriteStartArray("columns");
            foreach (var column in extra.Columns)
            {
                json.WriteStringValue(column);
            }

            json.WriteEndArray();
            Numbers(json, "cells", extra.Cells);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Numbers(Utf8JsonWriter json, string name, CellRow cells)
    {
        json.WriteStartArray(name);
        foreach (var cell in cells.Cells)
        {
            if (cell is { } value)
            {
                json.WriteNumberValue(value);
            }
            else
            {
                json.WriteNullValue();
            }
        }

        json.WriteEndArray();
    }

    private static void NullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
