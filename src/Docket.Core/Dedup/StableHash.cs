namespace Docket.Core.Dedup;

/// <summary>
/// Docket's own seeded 64-bit hashing, fixed forever: signatures and band keys are stored, so
/// the values must never depend on the process, the platform or a library version
/// (<see cref="string.GetHashCode()"/> is randomized per process and would break grouping
/// across runs).
/// </summary>
internal static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>SplitMix64's finalizer: a bijection on 64 bits with full avalanche, so
    /// <c>Mix(x ^ seed)</c> behaves like an independent random permutation per seed.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    /// <summary>Starts a running hash for <paramref name="seed"/>.</summary>
    public static ulong Start(ulong seed) => FnvOffset ^ Mix(seed);

    /// <summary>Adds one UTF-16 code unit to a running FNV-1a hash.</summary>
    public static ulong Add(ulong state, char c) => (state ^ c) * FnvPrime;

    /// <summary>Adds a 64-bit value to a running hash (order-sensitive).</summary>
    public static ulong Add(ulong state, ulong value) => Mix(state ^ value) * FnvPrime;

    /// <summary>Ends a running hash.</summary>
    public static ulong Finish(ulong state) => Mix(state);

    /// <summary>The seeds of <paramref name="count"/> hash functions, from a SplitMix64 sequence.</summary>
    public static ulong[] Seeds(int count, ulong seed)
    {
        var seeds = new ulong[count];
        var s = seed;
        for (var i = 0; i < count; i++)
        {
            s += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(s);
        }

        return seeds;
    }
}
