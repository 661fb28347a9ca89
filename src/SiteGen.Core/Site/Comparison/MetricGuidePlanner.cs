using SiteGen.Core.Metrics;
using SiteGen.Core.Site.Pages;

namespace SiteGen.Core.Site.Comparison;

/// <summary>指标说明, written from <see cref="MetricCatalog"/> so the page states the formulas the code runs.</summary>
public static class MetricGuidePlanner
{
    public static MetricGuidePage Build(SiteInfo site, IReadOnlyList<int> years) => new()
    {
        Route = Routes.MetricGuide,
        Heading = "指标说明",
        DocumentTitle = "比较指标说明",
        Description = "比较页面各项指标的计算公式、所用统计表行和注意事项。",
        Site = site,
        Breadcrumbs = [new("首页", site.Links.Href(Routes.MetricGuide, Routes.Home))],
        Metrics =
        [
            .. MetricCatalog.All.Select(m => new MetricGuideEntry(m.Id, m.Name, KindText(m.Kind), m.Formula, m.Unit, m.Rows, m.Caveats)
            {
                Rankings = [.. years.Select(y => new Link($"{y} 年度排名", site.Links.Href(Routes.MetricGuide, Routes.MetricYear(m.Id, y))))],
            }),
        ],
        GeneralNotes =
        [
            "所有比率都由相加后的件数计算：一组机关的比率是各机关分子之和除以分母之和，不是各机关比率的平均。",
            "分母为 0 时显示“—”，不显示 0% 或 100%。",
            $"本年新收申请不足 {MetricValue.SmallSampleLimit} 件的机关或分组标为“小样本”，比率容易因个别申请大幅变化。",
            "表二在 2019 年格式（2019、2020 年度）和 2021 年格式中口径不同：跨越两种格式的序列在 2020 与 2021 年度之间断开，不相连也不相加。",
            "比率按四舍五入保留一位小数。",
        ],
    };

    private static string KindText(MetricKind kind) => kind switch
    {
        MetricKind.Rate => "比率",
        MetricKind.Per100 => "每百件申请的件数",
        _ => "数量",
    };
}
