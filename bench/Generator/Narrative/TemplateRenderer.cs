using System.Globalization;
using System.Text;
using SiteGen.Bench.Generator.Agencies;
using SiteGen.Bench.Generator.Draws;
using SiteGen.Bench.Generator.Tables;

namespace SiteGen.Bench.Generator.Narrative;

/// <summary>Fills a template's placeholders for one report: its agency's words, its year, its table's numbers.</summary>
internal sealed class TemplateRenderer(PlannedAgency agency, int year, ReportNumbers numbers, Random random)
{
    private int _topic = random.Next(agency.Sector.Topics.Length);

    public int Year => year;

    public PlannedAgency Agency => agency;

    public ReportNumbers Numbers => numbers;

    public string Render(string template)
    {
        var text = new StringBuilder(template.Length + 16);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            text.Append(template, i, open - i);
            text.Append(Value(template.AsSpan(open + 1, close - open - 1)));
            i = close + 1;
        }

        return text.ToString();
    }

    private string Value(ReadOnlySpan<char> token)
    {
        var words = agency.Words;
        return token switch
        {
            "AGENCY" => agency.Name,
            "SHORT" => words.Short,
            "WE" => words.We,
            "UNIT" => words.Unit,
            "OWN" => words.Own,
            "HEAD" => words.Head,
            "PLACE" => words.Place,
            "PARTYGOV" => words.PartyAndGovernment,
            "PORTAL" => words.Portal,
            "GOV" => words.Government,
            "AREA" => words.Area,
            "LEVELS" => words.Levels,
            "PROVINCE" => agency.Province.Name,
            "FIELD" => agency.Sector.Field,

            // Topics in turn, so one sentence's list (A、B、C) does not repeat itself.
            "TOPIC" => agency.Sector.Topics[_topic++ % agency.Sector.Topics.Length],
            "Y" => Number(year),
            "YPREV" => Number(year - 1),
            "YNEXT" => Number(year + 1),
            "received" => Number(numbers.Total("applications.received")),
            "total" => Number(numbers.Total("applications.total")),
            "notHeld" => Number(numbers.Total("applications.unavailable.not_held")),
            "review" => Number(numbers.Total("appeals.review")),
            "litDirect" => Number(numbers.Total("appeals.litigation_direct")),
            "litAfter" => Number(numbers.Total("appeals.litigation_after_review")),
            "litigation" => Number(numbers.Total("appeals.litigation_direct") + numbers.Total("appeals.litigation_after_review")),
            "licensing" => Number(numbers.Decisions("licensing")),
            "penalties" => Number(numbers.Decisions("penalties")),
            "coercive" => Number(numbers.Decisions("coercive_measures")),
            _ when token.StartsWith("n:") => Number(random.Jitter(int.Parse(token[2..], CultureInfo.InvariantCulture))),
            _ => throw new InvalidOperationException($"Unknown placeholder {{{token}}}."),
        };
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
