namespace SiteGen.Tests.Support;

/// <summary>A complete, consistent 2021-format report file to start tests from; tests replace the parts they exercise.</summary>
internal static class SampleReport
{
    public static string Text(string id = "test-zjj", int year = 2024, string level = "市", string received = "[10, 1, 0, 0, 0, 0, 11]") => $"""
        ---
        title: 测试市住房和城乡建设局{year}年政府信息公开工作年度报告
        agency:
          name: 测试市住房和城乡建设局
          id: {id}
          sector: 住房和城乡建设
          level: {level}
          region: [河南省, 测试市]
        year: {year}
        format: 2021
        disclosure:
          rules: [0, 0, 0]
          normative_documents: [3, 1, 15]
          licensing: 1117
          penalties: 85
          coercive_measures: 0
          fees: 24.5
        applications:
          received:          {received}
          carried_over:      [0, 0, 0, 0, 0, 0, 0]
          granted:           [4, 1, 0, 0, 0, 0, 5]
          partially_granted: [2, 0, 0, 0, 0, 0, 2]
          withheld:
            state_secret:        [0, 0, 0, 0, 0, 0, 0]
            prohibited_by_law:   [0, 0, 0, 0, 0, 0, 0]
            security_stability:  [0, 0, 0, 0, 0, 0, 0]
            third_party_rights:  [1, 0, 0, 0, 0, 0, 1]
            internal_affairs:    [0, 0, 0, 0, 0, 0, 0]
            process_information: [0, 0, 0, 0, 0, 0, 0]
            enforcement_files:   [0, 0, 0, 0, 0, 0, 0]
            query_matters:       [0, 0, 0, 0, 0, 0, 0]
          unavailable:
            not_held:       [3, 0, 0, 0, 0, 0, 3]
            needs_creation: [0, 0, 0, 0, 0, 0, 0]
            unclear:        [0, 0, 0, 0, 0, 0, 0]
          not_processed:
            complaints:   [0, 0, 0, 0, 0, 0, 0]
            repeated:     [0, 0, 0, 0, 0, 0, 0]
            publications: [0, 0, 0, 0, 0, 0, 0]
            excessive:    [0, 0, 0, 0, 0, 0, 0]
            confirmation: [0, 0, 0, 0, 0, 0, 0]
          other_handling:
            overdue_correction: [0, 0, 0, 0, 0, 0, 0]
            unpaid_fees:        [0, 0, 0, 0, 0, 0, 0]
            other:              [0, 0, 0, 0, 0, 0, 0]
          total:           [10, 1, 0, 0, 0, 0, 11]
          carried_forward: [0, 0, 0, 0, 0, 0, 0]
        appeals:
          review:                  [1, 0, 0, 0, 1]
          litigation_direct:       [0, 0, 0, 1, 1]
          litigation_after_review: [0, 0, 0, 0, 0]
        ---

        ## 一、总体情况

        本年度收到政府信息公开申请 11 件。

        ### （一）主动公开情况

        按要求**主动公开**各类信息。

        ## 二、主动公开政府信息情况

        ## 三、收到和处理政府信息公开申请情况

        ## 四、政府信息公开行政复议、行政诉讼情况

        ## 五、存在的主要问题及改进情况

        无。

        ## 六、其他需要报告的事项

        无。
        """;
}
