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
            log.Unreadable("IMPORT-EMPTY", "the file is empty.", "Paste the report's text into the file, or import the .docx or saved web page itself.");
            return null;
        }

        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return new DecodedInput(InputForm.Docx, "", "docx", bytes);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            log.Unreadable("IMPORT-FORM", "the file is a Word 97-2003 document (.doc), which cannot be read.", "Open it in Word or WPS and save it as .docx (另存为 → Word 文档), then import the .docx.");
            return null;
        }

        if (bytes.AsSpan().StartsWith("%PDF"u8))
        {
            log.Unreadable("IMPORT-FORM", "the file is a PDF, which cannot be read directly.", "Open the PDF, select all text (Ctrl+A), copy it into a .txt file and import that; or import the original .docx or web page.");
            return null;
        }

        if (bytes.Length > MaxTextBytes)
        {
            log.Unreadable("IMPORT-TOO-LARGE", $"the file is {bytes.Length / (1024 * 1024)} MB; a report's text is far smaller.", "Check that the right file was given.");
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
            log.Warning("IMPORT-ENCODING", 0, $"the file has no byte order mark; read as {encoding} (its NUL bytes say so).", "If the text below looks garbled, save the file as UTF-8 and import again.");
            return Strict(new UnicodeEncoding(bigEndian, false, true), bytes, 0, log, encoding);
        }

        if (span.IndexOf((byte)0) >= 0)
        {
            log.Unreadable("IMPORT-BINARY", "the file contains NUL bytes and is not UTF-16: it is not text.", "Import the report's text (.txt, .md), the saved web page (.html) or the Word file (.docx).");
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
            log.Unreadable("IMPORT-ENCODING", "the file is neither UTF-8, UTF-16 nor GB18030/GBK: its encoding cannot be told.", "Open it in a text editor and save it as UTF-8, then import again.");
            return null;
        }

        // GB18030 accepts almost any bytes, so check that what came out is Chinese text and not mojibake.
        var plausible = text.Count(c => c < 0x80 || c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or >= '\u2000' and <= '\u206F');
        if (plausible < text.Length * 0.97)
        {
            log.Unreadable("IMPORT-ENCODING", "the file is not UTF-8, and read as GB18030 it gives unusual characters: its encoding cannot be told.", "Open it in a text editor and save it as UTF-8, then import again.");
            return null;
        }

        log.Warning("IMPORT-ENCODING", 0, "the file is not UTF-8; read as GB18030 (GBK).", "If the imported text looks garbled, save the original as UTF-8 and import again.");
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
            log.Unreadable("IMPORT-ENCODING", $"the file says it is {name} but contains bytes that are not.", "Open it in a text editor and save it as UTF-8, then import again.");
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
