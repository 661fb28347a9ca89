using SiteGen.Core.Diagnostics;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Content;

/// <summary>Loads one content file: bytes → UTF-8 text → front matter and body → <see cref="Report"/>.</summary>
public static class ReportFileLoader
{
    /// <param name="bodies">Where a one-off build keeps the body (null: in memory).</param>
    public static (Report? Report, IReadOnlyList<Diagnostic> Diagnostics) Load(string file, NarrativeStore? bodies = null)
    {
        var display = ContentFiles.DisplayPath(file);
        var diagnostics = new DiagnosticBag(display);
        byte[] bytes;
        try
        {
            var info = new FileInfo(file);
            if (info.Length > ContentText.MaxBytes)
            {
                diagnostics.Fatal("TOO-LARGE", 1, 1, $"文件大小为 {info.Length / (1024 * 1024)} MB，一份报告最多 {ContentText.MaxBytes / (1024 * 1024)} MB。", "核对此处保存的是否是正确的文件；删除粘贴进来的图片或数据。");
                return (null, diagnostics.Items);
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Fatal("READ", 0, 0, $"无法读取文件：{e.Message}", "检查文件是否存在、是否可读，是否是失效的链接。");
            return (null, diagnostics.Items);
        }

        return Parse(display, bytes, diagnostics, bodies);
    }

    /// <summary>Parses bytes already read; the seam for tests and for the importer's own check.</summary>
    public static (Report? Report, IReadOnlyList<Diagnostic> Diagnostics) Parse(string display, ReadOnlySpan<byte> bytes, DiagnosticBag? bag = null, NarrativeStore? bodies = null)
    {
        var diagnostics = bag ?? new DiagnosticBag(display);
        var text = ContentText.Decode(bytes, diagnostics);
        var parts = text is null ? null : FrontMatterSplitter.Split(text, diagnostics);
        var report = parts is null ? null : FrontMatterReader.Read(display, parts, diagnostics, bodies);
        return (report, diagnostics.Items);
    }
}
