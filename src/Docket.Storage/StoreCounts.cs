namespace Docket.Storage;

/// <summary>How much a store holds.</summary>
/// <param name="Articles">Stored articles.</param>
/// <param name="StoryGroups">Distinct story groups (independent sources).</param>
/// <param name="Claims">Stored claims.</param>
/// <param name="SchemaVersion">The store's schema version.</param>
public sealed record StoreCounts(int Articles, int StoryGroups, int Claims, int SchemaVersion);
