namespace Docket.Storage;

/// <summary>What happened to one article offered to the store.</summary>
public enum StoreResult
{
    /// <summary>Stored now.</summary>
    Added,

    /// <summary>Already stored (same content id): nothing written.</summary>
    Duplicate,
}

/// <summary>The store's answer for one article of a batch.</summary>
/// <param name="ArticleId">The article's content id.</param>
/// <param name="Result">Added or duplicate.</param>
/// <param name="StoryGroup">The story group it is in (for a duplicate, the stored copy's group).</param>
/// <param name="NearDuplicateOf">For an added article that joined an existing group, the most
/// similar stored article; otherwise null.</param>
public sealed record StoreReceipt(string ArticleId, StoreResult Result, string StoryGroup, string? NearDuplicateOf);
