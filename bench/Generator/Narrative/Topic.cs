namespace SiteGen.Bench.Generator.Narrative;

/// <summary>What a seed sentence talks about: the sub-sections of 一、总体情况, the two halves of 五, and 六.</summary>
internal enum Topic
{
    /// <summary>一、总体情况, before its first sub-section.</summary>
    Intro,

    /// <summary>（一）主动公开.</summary>
    Active,

    /// <summary>（二）依申请公开.</summary>
    Requests,

    /// <summary>（三）政府信息管理.</summary>
    Management,

    /// <summary>（四）政府信息公开平台建设.</summary>
    Platform,

    /// <summary>（五）监督保障.</summary>
    Oversight,

    /// <summary>五、存在的主要问题.</summary>
    Problems,

    /// <summary>五、改进情况.</summary>
    Improvements,

    /// <summary>六: the sentence on 信息处理费 (国办函〔2020〕109号) that nearly every report has.</summary>
    Fees,

    /// <summary>六: anything else.</summary>
    Other,
}

internal static class Topics
{
    public const int Count = (int)Topic.Other + 1;

    /// <summary>The topic a heading, a paragraph label or a short label sentence names, or null.</summary>
    public static Topic? Of(string text, int section) => section switch
    {
        1 when text.Contains("依申请", StringComparison.Ordinal) => Topic.Requests,
        1 when text.Contains("信息管理", StringComparison.Ordinal) || text.Contains("规范管理", StringComparison.Ordinal) => Topic.Management,
        1 when text.Contains("平台", StringComparison.Ordinal) => Topic.Platform,
        1 when text.Contains("监督", StringComparison.Ordinal) || text.Contains("保障", StringComparison.Ordinal) => Topic.Oversight,
        1 when text.Contains("主动公开", StringComparison.Ordinal) => Topic.Active,
        5 when text.Contains("改进", StringComparison.Ordinal) || text.Contains("措施", StringComparison.Ordinal) => Topic.Improvements,
        5 when text.Contains("问题", StringComparison.Ordinal) || text.Contains("不足", StringComparison.Ordinal) => Topic.Problems,
        _ => null,
    };
}
