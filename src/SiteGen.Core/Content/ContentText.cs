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
            diagnostics.Fatal("EMPTY", 1, 1, "the file is empty.", "Write the report's front matter between two '---' lines, or delete the file (`sitegen new` writes a skeleton).");
            return null;
        }

        if (bytes.Length > MaxBytes)
        {
            diagnostics.Fatal("TOO-LARGE", 1, 1, $"the file is {bytes.Length / (1024 * 1024)} MB; a report is at most {MaxBytes / (1024 * 1024)} MB.", "Check that the right file was saved here; remove pasted images or data.");
            return null;
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Fatal("ENCODING", 1, 1, "the file is UTF-16; content must be UTF-8.", "Save it as UTF-8 (in Notepad: 另存为 → 编码 UTF-8; or `iconv -f UTF-16 -t UTF-8`).");
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Fatal("BINARY", LineOf(bytes, nul), 1, "the file contains NUL bytes: it is binary or UTF-16, not a UTF-8 text file.", "Save the report as UTF-8 Markdown text.");
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? FirstInvalidUtf8(bytes) : 0;
            diagnostics.Fatal("ENCODING", LineOf(bytes, at), 1, "the file is not valid UTF-8 (it looks like GBK/GB18030 or another legacy encoding).", "Save it as UTF-8 (`iconv -f GB18030 -t UTF-8 in.md > out.md`), or import it with `sitegen import`, which detects the encoding.");
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
