namespace SiteGen.Tests.Seeds;

/// <summary>Every number of tables 二、三、四 of the five seeds, typed by hand from ../shared/seeds/*.txt, independently of content/.</summary>
/// <remarks>
/// Cell order: disclosure.rules / normative_documents = 本年制发件数, 本年废止件数, 现行有效件数;
/// applications.* = 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计;
/// appeals.* = 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.
/// null = the original has no value in that cell.
/// Seed 002: the application table has no 其他 column (null in every row). In the four rows that carry a
/// row-group label cell — 4.保护第三方合法权益 (label （三）不予公开), 1.本机关不掌握相关政府信息 （四）,
/// 1.信访举报投诉类申请 （五）, 1.申请人无正当理由逾期不补正… （六） — the original prints only 5 numbers
/// for 6 columns: in the table's 8-cell grid the sub-row label occupies the 自然人 cell and the five
/// numbers sit under 商业企业…法律服务机构 and 总计. The lost 自然人 cell is written 0, not null: the table's own
/// sums force it (自然人 总计 3 = 予以公开 2 + 部分公开 1, and each of these rows' 总计 is 0), and content/ records
/// the same reasoning in a comment.
/// </remarks>
internal static class SeedExpectedValues
{
    /// <summary>Seed file name → agency id, year, and key path → cells.</summary>
    public static readonly IReadOnlyList<SeedExpectation> All =
    [
        // 信阳市平桥区住房和城乡建设局 2024
        new("000_317af58eb0dec577.txt", "xinyang-pingqiao-zjj", 2024, new Dictionary<string, decimal?[]>
        {
            ["disclosure.rules"] = [0, 0, 0],
            ["disclosure.normative_documents"] = [0, 0, 0],
            ["disclosure.licensing"] = [0],
            ["disclosure.penalties"] = [0],
            ["disclosure.coercive_measures"] = [0],
            ["disclosure.fees"] = [0],

            ["applications.received"] = [2, 0, 0, 0, 0, 0, 2],
            ["applications.carried_over"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.granted"] = [2, 0, 0, 0, 0, 0, 2],
            ["applications.partially_granted"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.state_secret"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.prohibited_by_law"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.security_stability"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.third_party_rights"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.internal_affairs"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.process_information"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.enforcement_files"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.query_matters"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.unavailable.not_held"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.unavailable.needs_creation"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.unavailable.unclear"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.complaints"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.repeated"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.publications"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.excessive"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.confirmation"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.other_handling.overdue_correction"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.other_handling.unpaid_fees"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.other_handling.other"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.total"] = [2, 0, 0, 0, 0, 0, 2],
            ["applications.carried_forward"] = [0, 0, 0, 0, 0, 0, 0],

            ["appeals.review"] = [1, 0, 0, 0, 1],
            ["appeals.litigation_direct"] = [0, 0, 0, 0, 0],
            ["appeals.litigation_after_review"] = [0, 0, 0, 0, 0],
        }),

        // 周口市住房和城乡建设局 2024
        new("001_0aa8d14253b31198.txt", "zhoukou-zjj", 2024, new Dictionary<string, decimal?[]>
        {
            ["disclosure.rules"] = [0, 0, 0],
            ["disclosure.normative_documents"] = [3, 1, 15],
            ["disclosure.licensing"] = [1117],
            ["disclosure.penalties"] = [85],
            ["disclosure.coercive_measures"] = [0],
            ["disclosure.fees"] = [0],

            ["applications.received"] = [178, 0, 0, 0, 0, 0, 178],
            ["applications.carried_over"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.granted"] = [32, 0, 0, 0, 0, 0, 32],
            ["applications.partially_granted"] = [51, 0, 0, 0, 0, 0, 51],
            ["applications.withheld.state_secret"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.prohibited_by_law"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.security_stability"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.third_party_rights"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.internal_affairs"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.process_information"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.enforcement_files"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.query_matters"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.unavailable.not_held"] = [95, 0, 0, 0, 0, 0, 95],
            ["applications.unavailable.needs_creation"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.unavailable.unclear"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.complaints"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.repeated"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.publications"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.excessive"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.confirmation"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.other_handling.overdue_correction"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.other_handling.unpaid_fees"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.other_handling.other"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.total"] = [178, 0, 0, 0, 0, 0, 178],
            ["applications.carried_forward"] = [0, 0, 0, 0, 0, 0, 0],

            ["appeals.review"] = [9, 0, 0, 0, 9],
            ["appeals.litigation_direct"] = [2, 1, 0, 0, 3],
            ["appeals.litigation_after_review"] = [1, 0, 0, 0, 1],
        }),

        // 叶县住房和城乡建设局 2025: no 其他 column (index 5 null in every application row);
        // the four group-label rows print 5 numbers only, 自然人 (index 0) null there too (see remarks).
        new("002_48b26fe23ddf89db.txt", "pingdingshan-yexian-zjj", 2025, new Dictionary<string, decimal?[]>
        {
            ["disclosure.rules"] = [0, 0, 0],
            ["disclosure.normative_documents"] = [0, 0, 0],
            ["disclosure.licensing"] = [119],
            ["disclosure.penalties"] = [1],
            ["disclosure.coercive_measures"] = [0],
            ["disclosure.fees"] = [3592],

            ["applications.received"] = [3, 0, 0, 0, 0, null, 3],
            ["applications.carried_over"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.granted"] = [2, 0, 0, 0, 0, null, 2],
            ["applications.partially_granted"] = [1, 0, 0, 0, 0, null, 1],
            ["applications.withheld.state_secret"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.withheld.prohibited_by_law"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.withheld.security_stability"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.withheld.third_party_rights"] = [0, 0, 0, 0, 0, null, 0], // 自然人 lost in the copy; forced to 0 by the column sums
            ["applications.withheld.internal_affairs"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.withheld.process_information"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.withheld.enforcement_files"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.withheld.query_matters"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.unavailable.not_held"] = [0, 0, 0, 0, 0, null, 0], // 自然人 lost in the copy; forced to 0 by the column sums
            ["applications.unavailable.needs_creation"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.unavailable.unclear"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.not_processed.complaints"] = [0, 0, 0, 0, 0, null, 0], // 自然人 lost in the copy; forced to 0 by the column sums
            ["applications.not_processed.repeated"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.not_processed.publications"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.not_processed.excessive"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.not_processed.confirmation"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.other_handling.overdue_correction"] = [0, 0, 0, 0, 0, null, 0], // 自然人 lost in the copy; forced to 0 by the column sums
            ["applications.other_handling.unpaid_fees"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.other_handling.other"] = [0, 0, 0, 0, 0, null, 0],
            ["applications.total"] = [3, 0, 0, 0, 0, null, 3],
            ["applications.carried_forward"] = [0, 0, 0, 0, 0, null, 0],

            ["appeals.review"] = [0, 0, 0, 0, 0],
            ["appeals.litigation_direct"] = [0, 0, 0, 1, 1],
            ["appeals.litigation_after_review"] = [0, 0, 0, 0, 0],
        }),

        // 新乡市住房和城乡建设局 2021: header lacks 其他, data rows have 7 numbers.
        new("003_5592ced33b5df0e9.txt", "xinxiang-zjj", 2021, new Dictionary<string, decimal?[]>
        {
            ["disclosure.rules"] = [0, 0, 0],
            ["disclosure.normative_documents"] = [5, 1, 5],
            ["disclosure.licensing"] = [1798],
            ["disclosure.penalties"] = [22],
            ["disclosure.coercive_measures"] = [0],
            ["disclosure.fees"] = [0],

            ["applications.received"] = [66, 0, 0, 0, 0, 0, 66],
            ["applications.carried_over"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.granted"] = [10, 0, 0, 0, 0, 0, 10],
            ["applications.partially_granted"] = [2, 0, 0, 0, 0, 0, 2],
            ["applications.withheld.state_secret"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.prohibited_by_law"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.security_stability"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.third_party_rights"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.internal_affairs"] = [1, 0, 0, 0, 0, 0, 1],
            ["applications.withheld.process_information"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.enforcement_files"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.query_matters"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.unavailable.not_held"] = [50, 0, 0, 0, 0, 0, 50],
            ["applications.unavailable.needs_creation"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.unavailable.unclear"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.complaints"] = [2, 0, 0, 0, 0, 0, 2],
            ["applications.not_processed.repeated"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.publications"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.excessive"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.confirmation"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.other_handling.overdue_correction"] = [1, 0, 0, 0, 0, 0, 1],
            ["applications.other_handling.unpaid_fees"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.other_handling.other"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.total"] = [66, 0, 0, 0, 0, 0, 66],
            ["applications.carried_forward"] = [0, 0, 0, 0, 0, 0, 0],

            ["appeals.review"] = [2, 1, 0, 0, 3],
            ["appeals.litigation_direct"] = [0, 0, 0, 0, 0],
            ["appeals.litigation_after_review"] = [0, 0, 0, 0, 0],
        }),

        // 洛阳市西工区住房和城乡建设局 2024
        new("004_4f9f1baba97e0f00.txt", "luoyang-xigong-zjj", 2024, new Dictionary<string, decimal?[]>
        {
            ["disclosure.rules"] = [0, 0, 0],
            ["disclosure.normative_documents"] = [0, 0, 0],
            ["disclosure.licensing"] = [4],
            ["disclosure.penalties"] = [0],
            ["disclosure.coercive_measures"] = [0],
            ["disclosure.fees"] = [0],

            ["applications.received"] = [10, 0, 0, 0, 0, 0, 10],
            ["applications.carried_over"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.granted"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.partially_granted"] = [4, 0, 0, 0, 0, 0, 4],
            ["applications.withheld.state_secret"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.prohibited_by_law"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.security_stability"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.third_party_rights"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.internal_affairs"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.process_information"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.enforcement_files"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.withheld.query_matters"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.unavailable.not_held"] = [6, 0, 0, 0, 0, 0, 6],
            ["applications.unavailable.needs_creation"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.unavailable.unclear"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.complaints"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.repeated"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.publications"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.excessive"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.not_processed.confirmation"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.other_handling.overdue_correction"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.other_handling.unpaid_fees"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.other_handling.other"] = [0, 0, 0, 0, 0, 0, 0],
            ["applications.total"] = [10, 0, 0, 0, 0, 0, 10],
            ["applications.carried_forward"] = [0, 0, 0, 0, 0, 0, 0],

            ["appeals.review"] = [0, 0, 0, 0, 0],
            ["appeals.litigation_direct"] = [0, 0, 0, 0, 0],
            ["appeals.litigation_after_review"] = [0, 0, 0, 0, 0],
        }),
    ];
}

internal sealed record SeedExpectation(string SeedFile, string AgencyId, int Year, IReadOnlyDictionary<string, decimal?[]> Cells);
