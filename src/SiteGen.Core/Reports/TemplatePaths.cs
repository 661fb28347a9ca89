using System.Collections.Frozen;

namespace SiteGen.Core.Reports;

/// <summary>
/// A number for every key path a report's front matter can hold: the file itself (""), each table's key and each row
/// of both national templates. A report keeps its cells and their positions by these numbers
/// (<see cref="ReportCells"/>, <see cref="ReportPositions"/>) instead of by string keys.
/// </summary>
internal static class TemplatePaths
{
    private static readonly string[] Paths = [.. All().Distinct(StringComparer.Ordinal)];

    private static readonly FrozenDictionary<string, short> Numbers =
        Paths.Select((path, i) => KeyValuePair.Create(path, (short)i)).ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryNumber(string path, out short number) => Numbers.TryGetValue(path, out number);

    public static short Number(string path) => TryNumber(path, out var number)
        ? number
        : throw new ArgumentException($"'{path}' is no key path of the national templates.", nameof(path));

    public static string Path(short number) => Paths[number];

    private static IEnumerable<string> All()
    {
        yield return "";
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            foreach (var table in NationalTemplate.TablesFor(format))
            {
                yield return table.YamlKey;
                foreach (var row in table.Rows)
                {
                    yield return row.Path;
                }
            }
        }
    }
}
