using System.Globalization;

/// <summary>
/// The same rule as bench/clear-output.sh: on this machine's disk (ext4 without a journal) a file made within 360 s
/// of a large delete costs the kernel a walk over the freed inodes, so a timed build never starts in that window.
/// The scripts and this benchmark note their last delete in bench/out/.deleted-at (when run from the repository).
/// </summary>
internal static class DeleteWindow
{
    private const string Stamp = "bench/out/.deleted-at";
    private const int Seconds = 370;

    public static void WaitOut()
    {
        if (!File.Exists(Stamp) || !long.TryParse(File.ReadAllText(Stamp).Trim(), CultureInfo.InvariantCulture, out var at))
        {
            return;
        }

        var since = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - at;
        if (since < Seconds)
        {
            Console.WriteLine($"waiting {Seconds - since} s: a benchmark deleted its output {since} s ago (bench/clear-output.sh says why)");
            Thread.Sleep(TimeSpan.FromSeconds(Seconds - since));
        }
    }

    public static void Note()
    {
        if (Directory.Exists(Path.GetDirectoryName(Stamp)))
        {
            File.WriteAllText(Stamp, DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + "\n");
        }
    }
}
