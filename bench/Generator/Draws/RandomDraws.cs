namespace SiteGen.Bench.Generator.Draws;

/// <summary>
/// The random draws the generator needs, from <see cref="Random"/> seeded explicitly. A seeded Random keeps the same
/// algorithm on every .NET version, and these helpers use only +, −, ×, ÷ and square roots (exact in IEEE 754), no
/// Math.Exp or Math.Log whose last bit may differ between C libraries: an archive is the same on every machine.
/// </summary>
internal static class RandomDraws
{
    /// <summary>A sub-seed for item <paramref name="index"/> of a run with <paramref name="seed"/> (SplitMix64 finalizer; never string hash codes, which .NET randomizes per process).</summary>
    public static int Mix(int seed, int index, int salt = 0)
    {
        var z = ((ulong)(uint)seed << 32) ^ (uint)index ^ ((ulong)(uint)salt * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static double Between(this Random random, double low, double high) => low + (random.NextDouble() * (high - low));

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>An index drawn with the given weights (which need not add up to 1).</summary>
    public static int Weighted(this Random random, ReadOnlySpan<double> weights)
    {
        var sum = 0.0;
        foreach (var w in weights)
        {
            sum += w;
        }

        var x = random.NextDouble() * sum;
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>About normal (mean 0, deviation 1): the Irwin-Hall sum of twelve uniforms, arithmetic only.</summary>
    public static double NearNormal(this Random random)
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++)
        {
            sum += random.NextDouble();
        }

        return sum - 6.0;
    }

    /// <summary>How many of <paramref name="n"/> trials succeed; counts here stay in the thousands, so a loop is cheap.</summary>
    public static int Binomial(this Random random, int n, double p)
    {
        var hits = 0;
        for (var i = 0; i < n; i++)
        {
            if (random.NextDouble() < p)
            {
                hits++;
            }
        }

        return hits;
    }

    /// <summary><paramref name="n"/> items dealt into the buckets by weight.</summary>
    public static int[] Multinomial(this Random random, int n, ReadOnlySpan<double> weights)
    {
        var counts = new int[weights.Length];
        for (var i = 0; i < n; i++)
        {
            counts[random.Weighted(weights)]++;
        }

        return counts;
    }

    /// <summary>
    /// A count with a long tail around <paramref name="median"/>: most values near it, some zero, a few ten or thirty
    /// times larger, the shape of application and licensing counts across agencies.
    /// </summary>
    public static int LongTail(this Random random, double median, double zeroShare = 0.0)
    {
        if (random.Chance(zeroShare))
        {
            return 0;
        }

        ReadOnlySpan<double> weights = [0.22, 0.26, 0.24, 0.16, 0.08, 0.04];
        ReadOnlySpan<double> low = [0.1, 0.5, 1.0, 2.0, 4.0, 10.0];
        ReadOnlySpan<double> high = [0.5, 1.0, 2.0, 4.0, 10.0, 30.0];
        var bucket = random.Weighted(weights);
        return (int)Math.Round(median * random.Between(low[bucket], high[bucket]), MidpointRounding.AwayFromZero);
    }

    /// <summary>A number of the same order as <paramref name="value"/>, for figures the narrative states that no table holds.</summary>
    public static int Jitter(this Random random, int value) =>
        value <= 3 ? random.Next(0, value + 3) : (int)Math.Round(value * random.Between(0.5, 1.6), MidpointRounding.AwayFromZero);
}
