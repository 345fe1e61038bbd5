namespace Docket.Tests.Support;

/// <summary>
/// Locates ../shared (the team's corpora and benchmarks) beside the repository. Tests that need it
/// call <see cref="RequireDirectory"/>, which skips them with a clear message on a user's clone
/// that has no ../shared. CI sets DOCKET_REQUIRE_SHARED=1 so a missing ../shared fails instead.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding Docket.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string? SharedRoot => Root.Value;

    /// <summary>Full path of a folder or file under ../shared, or null when ../shared is absent.</summary>
    public static string? Path(string relative) => SharedRoot is null ? null : System.IO.Path.Combine(SharedRoot, relative);

    /// <summary>Returns the path, or skips the test (fails it on CI) when ../shared is absent.</summary>
    public static string RequireDirectory(string relative)
    {
        var p = Path(relative);
        if (p is not null && (Directory.Exists(p) || File.Exists(p)))
        {
            return p;
        }

        var message = $"../shared/{relative} is not present beside the repository; this test reads the team's shared corpora and is skipped on a clone without them.";
        if (Environment.GetEnvironmentVariable("DOCKET_REQUIRE_SHARED") == "1")
        {
            throw new InvalidOperationException(message + " CI requires it (DOCKET_REQUIRE_SHARED=1).");
        }

        Assert.Skip(message);
        return p!;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Docket.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("DOCKET_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }

        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}
