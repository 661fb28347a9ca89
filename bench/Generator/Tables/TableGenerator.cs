using SiteGen.Bench.Generator.Agencies;
using SiteGen.Bench.Generator.Draws;
using SiteGen.Core.Reports;

namespace SiteGen.Bench.Generator.Tables;

/// <summary>
/// The tables of one agency, year after year. Each year's numbers satisfy the identities of content-model.md
/// (T3-IDENT, T3-ROWSUM, T3-COLSUM, T4-SUM) and continue last year's (上年结转 = last year's 结转下年度; 现行有效 =
/// last year's + 制发 − 废止), except where a <see cref="FaultKind"/> asks for one deliberate inconsistency.
/// </summary>
internal sealed class TableGenerator
{
    private const int Columns = 7;
    private const int Total = 6;

    // Who asks: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他.
    private static readonly double[] ApplicantWeights = [0.0, 0.07, 0.004, 0.006, 0.03, 0.03];

    private static readonly Dictionary<string, double> OutcomeWeights = new(StringComparer.Ordinal)
    {
        ["granted"] = 0.34,
        ["partially_granted"] = 0.12,
        ["state_secret"] = 0.002,
        ["prohibited_by_law"] = 0.004,
        ["security_stability"] = 0.003,
        ["third_party_rights"] = 0.01,
        ["internal_affairs"] = 0.008,
        ["process_information"] = 0.012,
        ["enforcement_files"] = 0.004,
        ["query_matters"] = 0.01,
        ["not_held"] = 0.25,
        ["needs_creation"] = 0.04,
        ["unclear"] = 0.03,
        ["complaints"] = 0.03,
        ["repeated"] = 0.02,
        ["publications"] = 0.004,
        ["excessive"] = 0.005,
        ["confirmation"] = 0.006,
        ["overdue_correction"] = 0.03,
        ["unpaid_fees"] = 0.0005,
        ["other"] = 0.04,
        ["other_handling"] = 0.07,
    };

    private readonly PlannedAgency _agency;
    private readonly Random _random;
    private readonly double _scale;
    private readonly double _naturalPersons;
    private readonly double _reviewRate;
    private readonly bool _makesRules;

    private int[]? _carriedForward;
    private ReportFormat? _previousFormat;
    private int _rulesInForce;
    private int _normativeInForce;

    // 2019's 上一年项目数量 of 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费.
    private readonly int[] _items = new int[5];

    public TableGenerator(PlannedAgency agency, Random random)
    {
        _agency = agency;
        _random = random;

        // An agency keeps its size and habits from year to year; the years vary around them.
        _scale = random.Between(0.5, 2.0);
        _naturalPersons = random.Between(0.7, 0.97);
        _reviewRate = random.Between(0.01, 0.06);

        // 规章 are made by provincial and 设区的市 governments (立法法 art. 93); a few provincial departments list them too.
        _makesRules = (agency.Sector.IsGovernment && agency.Level is AgencyLevel.省 or AgencyLevel.市) ||
                      (agency.Level == AgencyLevel.省 && random.Chance(0.3));
        _rulesInForce = !_makesRules ? 0
            : agency.Level == AgencyLevel.省 && agency.Sector.IsGovernment ? random.Next(80, 200)
            : agency.Sector.IsGovernment ? random.Next(10, 40) : random.Next(0, 10);
        _normativeInForce = (int)(random.Next(5, 60) * LevelFactor(4.0, 1.0, 0.6, 0.2));
        for (var i = 0; i < _items.Length; i++)
        {
            _items[i] = (int)(random.Next(3, 60) * LevelFactor(1.5, 1.0, 0.6, 0.1));
        }
    }

    /// <summary>True when a fault of this kind can be planted in the next year without a second diagnostic.</summary>
    public bool CanPlant(FaultKind kind, int year) => kind switch
    {
        FaultKind.CarriedOver => _carriedForward is not null,
        FaultKind.Stock => FormatOf(year) == ReportFormat.F2021 && _previousFormat == ReportFormat.F2021,
        FaultKind.CountyRules => _agency.Level is AgencyLevel.县 or AgencyLevel.乡 && year == _agency.LastYear,
        _ => true,
    };

    public static ReportFormat FormatOf(int year) => year >= 2021 ? ReportFormat.F2021 : ReportFormat.F2019;

    public ReportNumbers Next(int year, FaultKind? fault)
    {
        var numbers = new ReportNumbers(FormatOf(year));
        Applications(numbers, year, fault);
        Appeals(numbers, fault);
        if (numbers.Format == ReportFormat.F2021)
        {
            Disclosure2021(numbers, fault);
        }
        else
        {
            Disclosure2019(numbers, fault);
        }

        _previousFormat = numbers.Format;
        return numbers;
    }

    private double LevelFactor(double province, double city, double county, double township) => _agency.Level switch
    {
        AgencyLevel.省 => province,
        AgencyLevel.市 => city,
        AgencyLevel.县 => county,
        _ => township,
    };

    private void Applications(ReportNumbers numbers, int year, FaultKind? fault)
    {
        var table = numbers.Format == ReportFormat.F2021 ? NationalTemplate.Applications2021 : NationalTemplate.Applications2019;
        var median = _agency.Sector.Applications * LevelFactor(4.0, 1.0, 0.3, 0.05) * _scale * (1 + (0.05 * (year - 2019)));
        var received = Split(_random.LongTail(median, LevelFactor(0.02, 0.08, 0.2, 0.6)));

        int[] carriedOver;
        if (_carriedForward is { } last)
        {
            carriedOver = (int[])last.Clone();
            if (fault == FaultKind.CarriedOver)
            {
                var d = _random.Next(1, 4);
                carriedOver[0] += d;
                carriedOver[Total] += d;
            }
        }
        else
        {
            // The first year in the archive: what was carried over from a year the archive does not have.
            carriedOver = _random.Chance(0.75) ? new int[Columns] : WithTotal([.. received[..Total].Select(r => _random.Binomial(r, 0.05))]);
        }

        var carryShare = _random.Chance(0.65) ? 0.0 : _random.Between(0.01, 0.08);
        var carriedForward = new int[Columns];
        var handled = new int[Columns];
        for (var c = 0; c < Total; c++)
        {
            carriedForward[c] = _random.Binomial(received[c] + carriedOver[c], carryShare);
            handled[c] = received[c] + carriedOver[c] - carriedForward[c];
        }

        WithTotal(carriedForward);
        WithTotal(handled);

        // Deal each column's handled applications into the outcome rows, with this year's own mix of outcomes.
        var outcomes = table.Rows.Where(r => r.Parents.Length > 0 && r.Path != "applications.total").ToList();
        var weights = outcomes.Select(r => OutcomeWeights[r.Key] * _random.Between(0.5, 1.5)).ToArray();
        var cells = outcomes.Select(_ => new int[Columns]).ToList();
        for (var c = 0; c < Total; c++)
        {
            var dealt = _random.Multinomial(handled[c], weights);
            for (var r = 0; r < outcomes.Count; r++)
            {
                cells[r][c] = dealt[r];
            }
        }

        numbers["applications.received"] = ReportNumbers.Counts(received);
        numbers["applications.carried_over"] = ReportNumbers.Counts(carriedOver);
        for (var r = 0; r < outcomes.Count; r++)
        {
            numbers[outcomes[r].Path] = ReportNumbers.Counts(WithTotal(cells[r]));
        }

        numbers["applications.total"] = ReportNumbers.Counts(handled);
        numbers["applications.carried_forward"] = ReportNumbers.Counts(carriedForward);
        _carriedForward = carriedForward;

        // Some agencies write "/" in the columns no one used: blank cells, which the identities take as 0.
        if (_random.Chance(0.03))
        {
            foreach (var row in outcomes)
            {
                var values = numbers[row.Path];
                values[2] = values[2] == 0 ? null : values[2];
                values[3] = values[3] == 0 ? null : values[3];
            }
        }

        var d2 = _random.Next(1, 4);
        switch (fault)
        {
            case FaultKind.Received:
                Raise(numbers["applications.received"], d2, 0, Total);
                break;
            case FaultKind.Granted:
                Raise(numbers["applications.granted"], d2, 0, Total);
                break;
            case FaultKind.NotHeldTotal:
                Raise(numbers["applications.unavailable.not_held"], d2, Total);
                break;
        }
    }

    private static void Raise(decimal?[] row, int by, params int[] columns)
    {
        foreach (var c in columns)
        {
            row[c] = (row[c] ?? 0) + by;
        }
    }

    /// <summary>Applicants by kind: most are natural persons, the rest companies, lawyers and others.</summary>
    private int[] Split(int applications)
    {
        Span<double> weights = stackalloc double[Total];
        ApplicantWeights.CopyTo(weights);
        weights[0] = _naturalPersons / (1 - _naturalPersons) * 0.14;
        return WithTotal(_random.Multinomial(applications, weights));
    }

    private static int[] WithTotal(int[] row)
    {
        if (row.Length == Total)
        {
            row = [.. row, 0];
        }

        row[Total] = 0;
        for (var c = 0; c < Total; c++)
        {
            row[Total] += row[c];
        }

        return row;
    }

    private void Appeals(ReportNumbers numbers, FaultKind? fault)
    {
        var applications = numbers.Total("applications.received");
        var review = _random.Binomial(applications, _reviewRate) + (_random.Chance(0.04) ? 1 : 0);
        var direct = _random.Binomial(applications, _reviewRate * 0.4);
        var afterReview = _random.Binomial(review, 0.25);
        ReadOnlySpan<double> results = [0.6, 0.1, 0.15, 0.15];
        numbers["appeals.review"] = ReportNumbers.Counts(Results(review, results));
        numbers["appeals.litigation_direct"] = ReportNumbers.Counts(Results(direct, results));
        numbers["appeals.litigation_after_review"] = ReportNumbers.Counts(Results(afterReview, results));
        if (fault == FaultKind.ReviewTotal)
        {
            Raise(numbers["appeals.review"], _random.Next(1, 3), 4);
        }
    }

    private int[] Results(int count, ReadOnlySpan<double> weights)
    {
        var split = _random.Multinomial(count, weights);
        return [.. split, count];
    }

    private (int Issued, int Repealed) StockChange(ref int inForce, double median)
    {
        var issued = _random.LongTail(median, 0.15);
        var repealed = _random.Chance(0.4) ? _random.Next(0, Math.Min(inForce, 4) + 1) : 0;
        inForce += issued - repealed;
        return (issued, repealed);
    }

    private void Disclosure2021(ReportNumbers numbers, FaultKind? fault)
    {
        if (fault == FaultKind.CountyRules)
        {
            _rulesInForce += 1;
            numbers["disclosure.rules"] = ReportNumbers.Counts(1, 0, _rulesInForce);
        }
        else if (_makesRules)
        {
            var (issued, repealed) = StockChange(ref _rulesInForce, LevelFactor(4, 1.5, 0, 0));
            numbers["disclosure.rules"] = ReportNumbers.Counts(issued, repealed, _rulesInForce);
        }
        else
        {
            numbers["disclosure.rules"] = ReportNumbers.Counts(0, 0, _rulesInForce);
        }

        var (docs, docsRepealed) = StockChange(ref _normativeInForce, NormativeMedian());
        if (fault == FaultKind.Stock)
        {
            _normativeInForce += _random.Next(1, 5);
        }

        numbers["disclosure.normative_documents"] = ReportNumbers.Counts(docs, docsRepealed, _normativeInForce);
        var (licensing, penalties, coercive) = Decisions();
        numbers["disclosure.licensing"] = [licensing];
        numbers["disclosure.penalties"] = [penalties];
        numbers["disclosure.coercive_measures"] = [_random.Chance(0.02) ? null : (decimal?)coercive];
        numbers["disclosure.fees"] = [_random.Chance(0.02) ? null : (decimal?)Fees()];
    }

    private void Disclosure2019(ReportNumbers numbers, FaultKind? fault)
    {
        if (fault == FaultKind.CountyRules)
        {
            _rulesInForce += 1;
            numbers["disclosure_2019.rules"] = ReportNumbers.Counts(1, 1, _rulesInForce);
        }
        else
        {
            var (made, _) = _makesRules ? StockChange(ref _rulesInForce, LevelFactor(4, 1.5, 0, 0)) : (0, 0);
            numbers["disclosure_2019.rules"] = ReportNumbers.Counts(made, made, _rulesInForce);
        }

        var (docs, _) = StockChange(ref _normativeInForce, NormativeMedian());
        numbers["disclosure_2019.normative_documents"] = ReportNumbers.Counts(docs, docs - (_random.Chance(0.1) ? Math.Min(docs, 1) : 0), _normativeInForce);

        var (licensing, penalties, coercive) = Decisions();
        numbers["disclosure_2019.licensing"] = Items(0, licensing);
        numbers["disclosure_2019.other_services"] = Items(1, _random.LongTail(licensing * 0.1, 0.5));
        numbers["disclosure_2019.penalties"] = Items(2, penalties);
        numbers["disclosure_2019.coercive_measures"] = Items(3, coercive);
        var fees = Items(4, 0);
        numbers["disclosure_2019.fees"] = [fees[0], fees[1]];

        var purchases = _random.Chance(0.3) ? 0 : _random.LongTail(LevelFactor(20, 8, 4, 1));
        numbers["disclosure_2019.procurement"] = [purchases];
        numbers.ProcurementAmount = purchases == 0 ? "0元"
            : _random.Chance(0.6) ? $"{purchases * _random.Next(2, 60) * 10_000}元"
            : $"{Money(purchases * _random.Next(200, 6000))}万元";
    }

    /// <summary>2019's [上一年项目数量, 本年增/减, 处理决定数量]; next year's 上一年 is this year's plus the change.</summary>
    private decimal?[] Items(int item, int decisions)
    {
        var before = _items[item];
        var change = _random.Chance(0.6) ? 0 : _random.Next(-Math.Min(before, 3), 4);
        _items[item] = before + change;
        return ReportNumbers.Counts(before, change, decisions);
    }

    private double NormativeMedian() =>
        _agency.Sector.IsGovernment ? LevelFactor(25, 12, 6, 1) : LevelFactor(6, 3, 2, 0.5);

    private (int Licensing, int Penalties, int Coercive) Decisions()
    {
        var licensing = _random.LongTail(_agency.Sector.Licensing * LevelFactor(1.5, 1.0, 0.4, 0.02) * _scale, 0.05);
        var penalties = _random.LongTail(_agency.Sector.Penalties * LevelFactor(0.3, 1.0, 0.6, 0.05) * _scale, 0.1);
        var coercive = _random.LongTail(penalties * 0.03, 0.5);
        return (licensing, penalties, coercive);
    }

    /// <summary>行政事业性收费 in 万元 with two decimals: most agencies collect none.</summary>
    private decimal Fees() => _random.Chance(0.7) ? 0m : Money(_random.LongTail(3000 * _scale));

    private static decimal Money(int hundredths) => hundredths / 100m;
}
