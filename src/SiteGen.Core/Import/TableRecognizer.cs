using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>
/// Finds the three statistical tables in the input and reads them: the table lines between the sections 二 and 五
/// (or the whole input when its headings are lost, or from its start when it begins mid-report), split where table
/// 三 and table 四 begin (by their section headings, else by their own labels), read by labels, then every row the
/// copy lacks named.
/// </summary>
public static class TableRecognizer
{
    private sealed record Located(int LineIndex, CellToken Token);

    public static ImportedTables Read(IReadOnlyList<SourceLine> lines, DocumentOutline outline, int? year, ImportLog log)
    {
        var (start, end) = outline.TableSpan(lines.Count);
        var located = new List<Located>();
        for (var i = start; i < end; i++)
        {
            if (CellTokenizer.IsTableLine(lines[i]) && i != outline.Title)
            {
                located.AddRange(CellTokenizer.Tokenize(lines[i]).Select(t => new Located(i, t)));
            }
        }

        var all = located.Select(l => l.Token).ToList();
        var headingLine = start < lines.Count ? lines[start].Line : 0;
        var format = FormatDetector.Detect(all, year, headingLine, log);
        if (format == ReportFormat.Pre2019)
        {
            return ImportedTables.None(format);
        }

        var tables = NationalTemplate.TablesFor(format);
        var third = Split(located, outline.Section(3), t => IsApplicationsStart(t, tables[1]), 0);
        var fourth = Split(located, outline.Section(4), t => t.Kind == TokenKind.Text && TextFold.Core(t.Text) == "行政复议", Math.Max(third, 0));
        var t3 = third < 0 ? located.Count : third;
        var t4 = fourth < 0 ? located.Count : fourth;

        var builder = new TablesBuilder(log);
        DisclosureTableReader.Read(tables[0], Slice(located, 0, Math.Min(t3, t4)), builder);
        ApplicationsTableReader.Read(tables[1], third < 0 ? [] : Slice(located, t3, t4), builder);
        AppealsTableReader.Read(tables[2], fourth < 0 ? [] : Slice(located, t4, located.Count), builder);
        var imported = builder.Build(format);
        var lastLine = all.Count > 0 ? all[^1].Line : lines.Count > 0 ? lines[^1].Line : 0;
        MissingRows.Name(imported, tables, lastLine, log);
        return imported;
    }

    private static List<CellToken> Slice(List<Located> located, int from, int to) =>
        [.. located.Skip(from).Take(Math.Max(0, to - from)).Select(l => l.Token)];

    /// <summary>The token index where a table begins: after its section heading when there is one, else at its first own label.</summary>
    private static int Split(List<Located> located, int heading, Func<CellToken, bool> isStart, int from)
    {
        if (heading >= 0)
        {
            var after = located.FindIndex(l => l.LineIndex > heading);
            return after;
        }

        var index = located.FindIndex(from, l => isStart(l.Token));
        return index;
    }

    /// <summary>
    /// Where table 三 begins when its heading is lost: its header, or any of its own row labels, since a copy that
    /// starts mid-report may open with the table's last rows (四、结转下年度继续办理). Short labels (其他, 总计) are
    /// column headers elsewhere too and do not count.
    /// </summary>
    private static bool IsApplicationsStart(CellToken token, TableDef applications) =>
        token.Kind == TokenKind.Text &&
        (TextFold.Key(token.Text).Contains("勾稽关系", StringComparison.Ordinal) || TextFold.Core(token.Text) == "申请人情况" ||
         applications.Rows.Any(r => TextFold.Core(r.Label).Length >= 4 && LabelMatcher.Score(token.Text, r.Label) >= 0.9));
}
