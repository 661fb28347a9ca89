using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Core.Import;

/// <summary>The shape an input arrives in.</summary>
public enum InputForm
{
    /// <summary>Plain text or Markdown: tables flattened to tabs, pipes, one cell per line or blank-line separated cells.</summary>
    Text,

    /// <summary>A saved web page: real tables with rowspan and colspan.</summary>
    Html,

    /// <summary>A Word file (.docx): real tables.</summary>
    Docx,
}

/// <summary>The input as text (for Text and Html) with the encoding it was read in, or the raw bytes of a .docx.</summary>
public sealed record DecodedInput(InputForm Form, string Text, string Encoding, byte[] Bytes);

/// <summary>
/// Tells the input's form and encoding from its bytes: a byte order mark, UTF-16 without one (its NUL pattern),
/// strict UTF-8, then strict GB18030 (which covers GBK and GB2312). The encoding is never guessed silently: anything
/// but UTF-8 is named in a warning, and text that decodes to implausible characters is refused.
/// </summary>
public static partial class InputDecoder
{
    /// <summary>Larger inputs are not reports (a 20 MB paste is a mistake); .docx files may carry images, so get more room.</summary>
    public const int MaxTextBytes = 8 * 1024 * 1024;

    public static DecodedInput? Decode(string fileName, byte[] bytes, ImportLog log)
    {
        if (bytes.Length == 0)
        {
            log.Unreadable("IMPORT-EMPTY", "文件是空的。", "把报告的文字粘贴到文件中，或直接导入 .docx 文件或保存的网页。");
            return null;
        }

        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return new DecodedInput(InputForm.Docx, "", "docx", bytes);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            log.Unreadable("IMPORT-FORM", "文件是 Word 97-2003 文档（.doc），无法读取。", "用 Word 或 WPS 打开，另存为 .docx（另存为 → Word 文档），再导入 .docx 文件。");
            return null;
        }

        if (bytes.AsSpan().StartsWith("%PDF"u8))
        {
            log.Unreadable("IMPORT-FORM", "文件是 PDF，无法直接读取。", "打开 PDF，全选（Ctrl+A）后复制到一个 .txt 文件中再导入；或导入原始的 .docx 文件或网页。");
            return null;
        }

        if (bytes.Length > MaxTextBytes)
        {
            log.Unreadable("IMPORT-TOO-LARGE", $"文件有 {bytes.Length / (1024 * 1024)} MB，而一份报告的文字远小于此。", "核对是否选错了文件。");
            return null;
        }

        var text = DecodeText(bytes, log, out var encoding);
        if (text is null)
        {
            return null;
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var isHtml = fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ||
                     HtmlTag().Count(text.Length > 20000 ? text[..20000] : text) >= 2;
        return new DecodedInput(isHtml ? InputForm.Html : InputForm.Text, text, encoding, bytes);
    }

    [GeneratedRegex(@"<\s*(?:html|body|table|tr|td|p|div|h[1-6])\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    private static string? DecodeText(byte[] bytes, ImportLog log, out string encoding)
    {
        encoding = "UTF-8";
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(new UTF8Encoding(false, true), bytes, 3, log, "UTF-8");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = "UTF-16LE";
            return Strict(new UnicodeEncoding(false, false, true), bytes, 2, log, encoding);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = "UTF-16BE";
            return Strict(new UnicodeEncoding(true, false, true), bytes, 2, log, encoding);
        }

        if (Utf16WithoutMark(span) is { } bigEndian)
        {
            encoding = bigEndian ? "UTF-16BE" : "UTF-16LE";
            log.Warning("IMPORT-ENCODING", 0, $"文件没有字节顺序标记（BOM），根据其中的 NUL 字节按 {encoding} 读取。", "如导入的文字是乱码，把文件另存为 UTF-8 后重新导入。");
            return Strict(new UnicodeEncoding(bigEndian, false, true), bytes, 0, log, encoding);
        }

        if (span.IndexOf((byte)0) >= 0)
        {
            log.Unreadable("IMPORT-BINARY", "文件含有 NUL 字节，又不是 UTF-16，不是文本文件。", "导入报告的文本（.txt、.md）、保存的网页（.html）或 Word 文件（.docx）。");
            return null;
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the other encoding Chinese text comes in is GB18030 and its subsets GBK and GB2312.
        }

        encoding = "GB18030";
        // Asked of the provider directly rather than registered process-wide: no global state to set up.
        var gb = CodePagesEncodingProvider.Instance.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
        string text;
        try
        {
            text = gb.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            log.Unreadable("IMPORT-ENCODING", "文件既不是 UTF-8、UTF-16，也不是 GB18030/GBK，无法判断编码。", "用文本编辑器打开，另存为 UTF-8 后重新导入。");
            return null;
        }

        // GB18030 accepts almost any bytes, so check that what came out is Chinese text and not mojibake.
        var plausible = text.Count(c => c < 0x80 || c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or >= '\u2000' and <= '\u206F');
        if (plausible < text.Length * 0.97)
        {
            log.Unreadable("IMPORT-ENCODING", "文件不是 UTF-8，按 GB18030 读取又出现异常字符，无法判断编码。", "用文本编辑器打开，另存为 UTF-8 后重新导入。");
            return null;
        }

        log.Warning("IMPORT-ENCODING", 0, "文件不是 UTF-8，已按 GB18030（GBK）读取。", "如导入的文字是乱码，把原文件另存为 UTF-8 后重新导入。");
        return text;
    }

    private static string? Strict(Encoding encoding, byte[] bytes, int skip, ImportLog log, string name)
    {
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException)
        {
            log.Unreadable("IMPORT-ENCODING", $"文件标明为 {name} 编码，却含有不符合 {name} 的字节。", "用文本编辑器打开，另存为 UTF-8 后重新导入。");
            return null;
        }
    }

    /// <summary>UTF-16 text without a BOM has NUL in one byte of each ASCII character (digits, line ends): true = big-endian.</summary>
    private static bool? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Length < 4 || sample.Length % 2 != 0)
        {
            return null;
        }

        int even = 0, odd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }

        var pairs = sample.Length / 2;
        if (even + odd < pairs / 20)
        {
            return null;
        }

        return even > odd * 4 ? true : odd > even * 4 ? false : null;
    }
}
