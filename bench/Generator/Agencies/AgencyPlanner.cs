using System.Collections.Immutable;
using SiteGen.Bench.Generator.Draws;
using SiteGen.Core.Reports;

namespace SiteGen.Bench.Generator.Agencies;

/// <summary>
/// Draws agencies (level, place, sector) and a run of consecutive report years for each until the runs add up to the
/// number of reports asked for. Years run from 2019 (the 2019 template) to 2025.
/// </summary>
internal static class AgencyPlanner
{
    public const int FirstYear = 2019;
    public const int LastYear = 2025;

    private static readonly double[] LevelWeights = [0.06, 0.34, 0.58, 0.02];

    // Runs of 1 to 7 years; most agencies have three to five reports in the archive.
    private static readonly double[] RunLengthWeights = [0.08, 0.12, 0.18, 0.2, 0.18, 0.12, 0.12];

    public static ImmutableArray<PlannedAgency> Plan(int reports, int seed)
    {
        var random = new Random(seed);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var agencies = ImmutableArray.CreateBuilder<PlannedAgency>();
        var planned = 0;
        while (planned < reports)
        {
            var length = Math.Min(random.Weighted(RunLengthWeights) + 1, reports - planned);
            var first = random.Next(FirstYear, LastYear - length + 2);
            agencies.Add(Draw(random, ids, agencies.Count, first, first + length - 1));
            planned += length;
        }

        return agencies.ToImmutable();
    }

    private static PlannedAgency Draw(Random random, HashSet<string> ids, int ordinal, int firstYear, int lastYear)
    {
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var level = (AgencyLevel)random.Weighted(LevelWeights);
            var province = random.Pick(Gazetteer.Provinces);
            var city = level == AgencyLevel.省 ? null : random.Pick(province.Cities);
            var county = level is AgencyLevel.县 or AgencyLevel.乡 ? random.Pick(city!.Counties) : null;
            var township = level == AgencyLevel.乡 ? random.Next(1, 25) : 0;
            var sector = level == AgencyLevel.乡 ? Sector.All[0] : Sector.All[random.Weighted(Sector.Weights.AsSpan())];

            var id = string.Join('-', new[]
            {
                province.Code,
                city is null ? null : city.Index.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                county is null ? null : county.Index.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                township == 0 ? null : "t" + township.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                sector.Code,
            }.Where(part => part is not null));
            if (!ids.Add(id))
            {
                continue;
            }

            var townshipName = township == 0 ? null : Gazetteer.Township(province, city!, county!, township);
            var (name, words) = AgencyNaming.Name(sector, level, province, city, county, townshipName);
            ImmutableArray<string> region = city is null ? [province.Name]
                : county is null ? [province.Name, city.Name]
                : [province.Name, city.Name, county.Name];
            return new PlannedAgency(ordinal, id, name, sector, level, province, region, words, firstYear, lastYear);
        }

        throw new InvalidOperationException(
            $"No new agency found after 10,000 draws ({ids.Count} agencies planned): the gazetteer has run out; ask for fewer reports.");
    }
}
