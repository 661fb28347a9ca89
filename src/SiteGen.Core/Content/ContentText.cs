using System.Text;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Content;

/// <summary>
/// Turns a content file's bytes into text. Content must be UTF-8: a file in GBK or UTF-16 would otherwise load as
/// mojibake and be published, so it is refused with the line of the first bad byte and how to convert it.
/// </summary>
public static class ContentText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Larger files are not reports: refuse them before parsing (a 20 MB paste is a mistake, not content).</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public static string? Decode(ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.Length == 0)
        {
            diagnostics.Fatal("EMPTY", 1, 1, "文件是空的。", "在两行 `---` 之间写上报告的前言（front matter），或删除此文件（`sitegen new` 可生成模板）。");
            return null;
        }

        if (bytes.Length > MaxBytes)
        {
            diagnostics.Fatal("TOO-LARGE", 1, 1, $"文件大小为 {bytes.Length / (1024 * 1024)} MB，一份报告最多 {MaxBytes / (1024 * 1024)} MB。", "核对此处保存的是否是正确的文件；删除粘贴进来的图片或数据。");
            return null;
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Fatal("ENCODING", 1, 1, "文件是 UTF-16 编码，内容文件须为 UTF-8。", "另存为 UTF-8（记事本：另存为 → 编码 UTF-8；或 `iconv -f UTF-16 -t UTF-8`）。");
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Fatal("BINARY", LineOf(bytes, nul), 1, "文件含有 NUL 字节：它是二进制或 UTF-16 文件，不是 UTF-8 文本文件。", "把报告另存为 UTF-8 编码的 Markdown 文本。");
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? FirstInvalidUtf8(bytes) : 0;
            diagnostics.Fatal("ENCODING", LineOf(bytes, at), 1, "文件不是有效的 UTF-8（像是 GBK/GB18030 等旧编码）。", "另存为 UTF-8（`iconv -f GB18030 -t UTF-8 in.md > out.md`），或用能识别编码的 `sitegen import` 导入。");
            return null;
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
}
