namespace SiteGen.Core.Import;

/// <summary>
/// How well a printed label names a template label, from 0 (not at all) to 1 (the same words and ordinal).
/// Printed labels vary: 其他法律法规禁止公开 for 其他法律行政法规禁止公开, a label cut over two cells, a remark in brackets.
/// </summary>
public static class LabelMatcher
{
    public const double Exact = 1.0;

    /// <summary>The lowest score that names a row at all (and only near where the reader expects it).</summary>
    public const double Weak = 0.5;

    public static double Score(string printed, string label)
    {
        var key = TextFold.Key(printed);
        if (key.Length > 0 && key == TextFold.Key(label))
        {
            return Exact;
        }

        var core = TextFold.Core(printed);
        var target = TextFold.Core(label);
        if (core.Length < 2 || target.Length < 2)
        {
            return 0;
        }

        if (core == target)
        {
            return 0.9;
        }

        // A label cut over two cells or lines: its first part still names the row.
        if ((target.Contains(core, StringComparison.Ordinal) && (core.Length >= 4 || core.Length * 2 >= target.Length)) ||
            (core.Contains(target, StringComparison.Ordinal) && target.Length * 2 >= core.Length))
        {
            return 0.75;
        }

        var dice = Dice(core, target);
        return dice >= 0.6 ? 0.5 + (dice * 0.2) : 0;
    }

    /// <summary>Sørensen–Dice over character bigrams: robust to one word added or dropped (行政).</summary>
    private static double Dice(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return 0;
        }

        var left = Enumerable.Range(0, a.Length - 1).Select(i => a.Substring(i, 2)).ToList();
        var right = Enumerable.Range(0, b.Length - 1).Select(i => b.Substring(i, 2)).ToList();
        var common = 0;
        foreach (var bigram in left)
        {
            var at = right.IndexOf(bigram);
            if (at >= 0)
            {
                common++;
                right.RemoveAt(at);
            }
        }

        return 2.0 * common / (a.Length - 1 + b.Length - 1);
    }
}
