using Docket.Domain.Decisions;

namespace Docket.Storage;

/// <summary>
/// The order <see cref="IArticleStore.GetClaims"/> returns claims in, so that readers that merge
/// several reads can restore it: oldest knowledge time first (the last day the publication date
/// can mean; undated last), then article id (ordinal), then the claim's position in its article.
/// </summary>
public static class ClaimOrder
{
    public static int Compare(Claim? a, Claim? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        var c = (a.Published?.Latest ?? DateOnly.MaxValue).CompareTo(b.Published?.Latest ?? DateOnly.MaxValue);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.ArticleId, b.ArticleId);
        }

        return c != 0 ? c : Position(a).CompareTo(Position(b));
    }

    /// <summary>Sorts <paramref name="claims"/> into this order, computing each claim's key once
    /// (a comparison that parsed the ordinal from the id each time would dominate on large reads).</summary>
    public static void Sort(List<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var n = claims.Count;

        // Pooled: a large read's key and item arrays would otherwise land on the large object heap
        // on every query and bring on full collections.
        var keys = System.Buffers.ArrayPool<(DateOnly Latest, string Article, int Position)>.Shared.Rent(n);
        var items = System.Buffers.ArrayPool<Claim>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                var c = claims[i];
                items[i] = c;
                keys[i] = (c.Published?.Latest ?? DateOnly.MaxValue, c.ArticleId, Position(c));
            }

            Array.Sort(keys, items, 0, n, KeyComparer.Instance);
            for (var i = 0; i < n; i++)
            {
                claims[i] = items[i];
            }
        }
        finally
        {
            System.Buffers.ArrayPool<(DateOnly Latest, string Article, int Position)>.Shared.Return(keys, clearArray: true);
            System.Buffers.ArrayPool<Claim>.Shared.Return(items, clearArray: true);
        }
    }

    private sealed class KeyComparer : IComparer<(DateOnly Latest, string Article, int Position)>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare((DateOnly Latest, string Article, int Position) x, (DateOnly Latest, string Article, int Position) y)
        {
            var c = x.Latest.CompareTo(y.Latest);
            if (c == 0)
            {
                c = string.CompareOrdinal(x.Article, y.Article);
            }

            return c != 0 ? c : x.Position.CompareTo(y.Position);
        }
    }

    /// <summary>The claim's ordinal in its article, from its id ("article:3").</summary>
    private static int Position(Claim c)
    {
        var colon = c.Id.LastIndexOf(':');
        return colon >= 0 && int.TryParse(c.Id.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
    }
}
