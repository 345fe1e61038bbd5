using Docket.Core.Dedup;

namespace Docket.Storage.Sqlite;

/// <summary>How to open a SQLite store.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>Create the file when it does not exist (ingest); false for read-only commands.</summary>
    public bool CreateIfMissing { get; init; } = true;

    /// <summary>The clock of ingest times; tests inject a fixed one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Near-duplicate detection used to assign story groups.</summary>
    public NearDuplicateDetector Detector { get; init; } = new();

    /// <summary>Milliseconds to wait for another process's write lock before giving up.</summary>
    public int BusyTimeoutMs { get; init; } = 10_000;

    /// <summary>Page cache per connection, in MiB (SQLite's default is 2). Queries that read one
    /// question's claims from a large store touch many index pages; a larger cache keeps them.</summary>
    public int CacheMiB { get; init; } = 64;

    /// <summary>How much of the file SQLite may read through memory mapping, in MiB (0: none, SQLite's
    /// default). Mapped pages are read without a system call and a copy each, which is most of the
    /// cost of a warm status query on a large store. Writes still go through the WAL as usual.</summary>
    public int MemoryMapMiB { get; init; } = 256;

    /// <summary>For tests of upgrades: stop migrating at this version.</summary>
    internal int? MigrateTo { get; init; }
}
