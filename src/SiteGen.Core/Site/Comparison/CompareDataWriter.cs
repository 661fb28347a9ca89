using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Core.Metrics;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Site.Comparison;

/// <summary>
/// compare/data.json: for every agency, each main metric year by year as the pages show it ("63.6%", "—") with its
/// note (小样本, 分母为 0). The script only lays these out; no number is computed in the browser.
/// </summary>
public static class CompareDataWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<MetricDef> Metrics => MetricCatalog.Main;

    /// <param name="keep">
    /// Keep each report's year, encoded, with the report for the next build (<c>sitegen serve</c>): an edit then
    /// formats one report's figures, not every report's (10,000 reports: 46-186 ms an edit before).
    /// </param>
    public static byte[] Write(IReadOnlyList<Report> reports, bool keep = false)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("metrics");
            foreach (var metric in Metrics)
            {
                json.WriteStartObject();
                json.WriteString("id", metric.Id);
                json.WriteString("name", metric.Name);
                json.WriteString("unit", metric.Unit);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("agencies");
            foreach (var agency in reports.Where(r => r.Tables.Length > 0).GroupBy(r => r.Agency.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var years = agency.OrderBy(r => r.Year).ToList();
                json.WriteStartObject(agency.Key);
                json.WriteString("name", years[^1].Agency.Name);
                json.WriteString("route", Routes.Agency(agency.Key));
                json.WriteStartArray("years");
                foreach (var report in years)
                {
                    if (keep)
                    {
                        json.WriteRawValue(Kept.GetValue(report, Year), skipInputValidation: true);
                    }
                    else
                    {
                        Year(json, report);
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static readonly ConditionalWeakTable<Report, byte[]> Kept = [];

    /// <summary>One report's year, alone: the bytes <see cref="Year(Utf8JsonWriter, Report)"/> writes in place.</summary>
    private static byte[] Year(Report report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            Year(json, report);
        }

        return stream.ToArray();
    }

    private static void Year(Utf8JsonWriter json, Report report)
    {
        var counts = MetricCounts.Of(report);
        json.WriteStartObject();
        json.WriteNumber("year", report.Year);
        json.WriteStartArray("values");
        foreach (var metric in Metrics)
        {
            var cell = MetricCells.Of(metric.Of(counts));
            json.WriteStartArray();
            json.WriteStringValue(cell.Text);
            json.WriteStringValue(cell.Note ?? (counts.Received < MetricValue.SmallSampleLimit && metric.Kind != MetricKind.Volume ? "小样本" : ""));
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
