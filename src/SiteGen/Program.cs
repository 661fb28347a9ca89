using System.CommandLine;
using System.Globalization;
using SiteGen.Cli;

// Output must not depend on the machine's locale (a build is byte-identical anywhere), yet ICU stays on:
// NFKC normalization, which search relies on, needs it.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

// The program is thin: each command parses its options and calls the engine (SiteGen.Core).
var root = new RootCommand("SiteGen：政府信息公开工作年度报告静态网站生成器。")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ImportCommand.Create(),
    NewCommand.Create(),
    SiteGen.Cli.Serve.ServeCommand.Create(),
};

try
{
    // The library's own handler would print an I/O failure as an unhandled exception with its stack trace; the catch
    // below says it in one line.
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    // The file system failed under us (disk full, permissions): say so plainly; output/ was not replaced.
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (Exception e) when (OutOfMemory(e))
{
    // The machine (or a container's limit) has less memory than the build needs: a stack trace would not say so.
    Console.Error.WriteLine("error: 生成时内存不足（10,000 份报告约需 450 MB）。请关闭其他程序或提高容器的内存上限，然后重新生成。输出文件夹保持原样，未作改动。");
    return 2;
}
catch (OperationCanceledException)
{
    // Ctrl+C while serve was starting: nothing to report.
    return 130;
}

// Parallel steps wrap what their workers threw.
static bool OutOfMemory(Exception e) =>
    e is OutOfMemoryException || (e is AggregateException all && all.Flatten().InnerExceptions.Any(inner => inner is OutOfMemoryException));
