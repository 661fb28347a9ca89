using System.CommandLine;
using SiteGen.Cli;

// The program is thin: each command parses its options and calls the engine (SiteGen.Core).
var root = new RootCommand("SiteGen: a static site of government information disclosure annual reports.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ImportCommand.Create(),
};

try
{
    return root.Parse(args).Invoke();
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    // The file system failed under us (disk full, permissions): say so plainly; output/ was not replaced.
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
