using System.CommandLine;
using System.Text;
using SiteGen.Core.Content;
using SiteGen.Core.Import;
using SiteGen.Core.Reports;

namespace SiteGen.Cli;

/// <summary><c>sitegen new --agency NAME --year YYYY</c>: a report file to fill in, never written over an existing one.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var agency = new Option<string>("--agency") { Description = "机关的正式全称，如 周口市住房和城乡建设局。", Required = true };
        var year = new Option<int>("--year") { Description = "报告的统计年度。", Required = true };
        var format = new Option<string?>("--format") { Description = "全国统一模板：2021（2021 年度起）或 2019（2019、2020 年度）。默认按年度确定。" };
        format.AcceptOnlyFromAmong("2021", "2019");
        var id = new Option<string?>("--id") { Description = "agency.id：报告网址中的英文短名（默认由名称推测）。" };
        var content = new Option<string>("--content") { Description = "报告文件所在的文件夹。", DefaultValueFactory = _ => "content" };
        var output = new Option<string?>("--output") { Description = "要写入的文件（默认：CONTENT/<id>-<year>.md）。" };
        var command = new Command("new", "生成一份新的报告文件，包含该格式的所有键，供填写。") { agency, year, format, id, content, output };
        command.SetAction(result => Run(result.GetValue(agency)!, result.GetValue(year), result.GetValue(format), result.GetValue(id), result.GetValue(content)!, result.GetValue(output)));
        return command;
    }

    private static int Run(string agency, int year, string? formatText, string? id, string content, string? output)
    {
        var format = formatText switch
        {
            "2021" => ReportFormat.F2021,
            "2019" => ReportFormat.F2019,
            _ => ReportSkeleton.DefaultFormat(year),
        };
        if (format is null || year is < 1990 or > 2100)
        {
            Console.Error.WriteLine($"error NEW-YEAR: {year} 年没有全国统一的统计表格式（2019 年起才有），2019 年以前的报告只有正文。请手工编写并写 `format: pre2019`，或用 --format 指定格式。");
            return 1;
        }

        if (id is not null && (id.Length > 64 || !System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9]+(-[a-z0-9]+)*$")))
        {
            Console.Error.WriteLine($"error AGENCY-ID: --id {id} 不是由 a-z、0-9 和 - 组成的短名。请取一个如 zhoukou-zjj 的短名。");
            return 1;
        }

        var (text, meta, log) = ReportSkeleton.Write(agency.Trim(), year, format.Value, id);
        var path = output ?? Path.Combine(content, $"{meta.Id}-{year}.md");
        var existing = Path.Exists(path) ? path : FindReport(content, meta.Id, year);
        if (existing is not null)
        {
            Console.Error.WriteLine($"error NEW-EXISTS: {ContentFiles.DisplayPath(existing)} {(existing == path ? "已存在" : $"已是 {meta.Id} 的 {year} 年报告")}，没有写入任何文件。请编辑那个文件，或用 --output 指定另一个文件。");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.Write(new UTF8Encoding(false).GetBytes(text));
        }

        foreach (var note in log.Items)
        {
            Console.Error.WriteLine($"{ContentFiles.DisplayPath(path)}: {note.Severity.ToString().ToLowerInvariant()} {note.Code}: {note.Message} {note.Fix}");
        }

        Console.WriteLine($"已写入 {ContentFiles.DisplayPath(path)}（{meta.Id}，{year} 年，format {format.Value.ToYaml()}）：把其中的 0 换成该机关的数字，然后运行 `sitegen check`。");
        return 0;
    }

    /// <summary>The file under content/ that already holds this agency's report for this year, whatever its name.</summary>
    private static string? FindReport(string content, string id, int year)
    {
        if (!Directory.Exists(content))
        {
            return null;
        }

        var loaded = ContentLoader.Load(content);
        return loaded.Reports.FirstOrDefault(r => r.Agency.Id == id && r.Year == year)?.SourcePath;
    }
}
