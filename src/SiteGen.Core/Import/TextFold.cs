using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Core.Import;

/// <summary>
/// Folds pasted table text to one spelling so labels and numbers compare: the NFKC compatibility mappings the tables
/// need (full-width digits, letters and punctuation → ASCII; the ideographic and no-break spaces → space).
/// </summary>
/// <remarks>
/// <c>string.Normalize(NormalizationForm.FormKC)</c> is a no-op under InvariantGlobalization (no ICU; the CLI sets it),
/// so the mappings are done here. Only table cells and labels are folded: the narrative keeps its Chinese punctuation.
/// </remarks>
public static partial class TextFold
{
    /// <summary>NFKC for the characters Chinese report tables use.</summary>
    public static string Nfkc(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u200B' or '\uFEFF' => ' ',
                '\u2212' => '-',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// The comparison key of a label: folded, without whitespace (PDF copies break 社会公益组 织) and without
    /// punctuation and quotes, but with its ordinal: 「(一) 予以公开」 and 「（一）予以公开」 both give 一予以公开.
    /// Traditional characters are simplified (予以公開 gives 予以公开), so a copy in 繁體 names the same rows.
    /// </summary>
    public static string Key(string label)
    {
        var builder = new StringBuilder(label.Length);
        foreach (var c in TraditionalChars.Simplify(Nfkc(label)))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The key without the leading ordinal and without remarks in brackets: 「(二) 部分公开 (区分处理的…)」 gives 部分公开.</summary>
    public static string Core(string label)
    {
        var text = TraditionalChars.Simplify(Nfkc(label)).Trim();
        text = LeadingOrdinal().Replace(text, "");
        text = Remark().Replace(text, "");
        return Key(text);
    }

    [GeneratedRegex(@"^\s*(?:[(\[【]\s*[一二三四五六七八九十\d]+\s*[)\]】]|[一二三四五六七八九十]+\s*[、.．,，]|\d{1,2}\s*[.、,，)](?!\d))\s*")]
    private static partial Regex LeadingOrdinal();

    [GeneratedRegex(@"[(\[【][^)\]】]*[)\]】]?")]
    private static partial Regex Remark();

    /// <summary>The text without any whitespace: how titles and agency names are written (叶县住房和城乡建设局 2025 年 → …2025年…).</summary>
    public static string Squeeze(string text) => string.Concat(Nfkc(text).Where(c => !char.IsWhiteSpace(c)));
}
