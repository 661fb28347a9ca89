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
        var agency = new Option<string>("--agency") { Description = "The agency's full official name, such as 周口市住房和城乡建设局.", Required = true };
        var year = new Option<int>("--year") { Description = "The statistical year the report covers.", Required = true };
        var format = new Option<string?>("--format") { Description = "The national template: 2021 (report years 2021 on) or 2019 (2019-2020). Default: from the year." };
        format.AcceptOnlyFromAmong("2021", "2019");
        var id = new Option<string?>("--id") { Description = "agency.id, the ASCII slug in the report's address (default: guessed from the name)." };
        var content = new Option<string>("--content") { Description = "The folder of report files.", DefaultValueFactory = _ => "content" };
        var output = new Option<string?>("--output") { Description = "The file to write (default: CONTENT/<id>-<year>.md)." };
        var command = new Command("new", "Write a new report file with every key of its format, ready to fill in.") { agency, year, format, id, content, output };
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
            Console.Error.WriteLine($"error NEW-YEAR: {year} has no national table format (2019 onward); a report before 2019 is narrative only. Write it by hand with format: pre2019, or give --format.");
            return 1;
        }

        if (id is not null && (id.Length > 64 || !System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9]+(-[a-z0-9]+)*$")))
        {
            Console.Error.WriteLine($"error AGENCY-ID: --id {id} is not a slug of a-z, 0-9 and '-'. Choose one such as zhoukou-zjj.");
            return 1;
        }

        var (text, meta, log) = ReportSkeleton.Write(agency.Trim(), year, format.Value, id);
        var path = output ?? Path.Combine(content, $"{meta.Id}-{year}.md");
        var existing = Path.Exists(path) ? path : FindReport(content, meta.Id, year);
        if (existing is not null)
        {
            Console.Error.WriteLine($"error NEW-EXISTS: {ContentFiles.DisplayPath(existing)} already holds {(existing == path ? "a file" : $"the report of {meta.Id} for {year}")}; nothing was written. Edit that file, or choose another --output.");
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

        Console.WriteLine($"Wrote {ContentFiles.DisplayPath(path)} ({meta.Id}, {year}, format {format.Value.ToYaml()}): replace the zeros with the agency's numbers, then run `sitegen check`.");
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
