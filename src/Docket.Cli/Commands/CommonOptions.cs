using System.CommandLine;

namespace Docket.Cli.Commands;

/// <summary>Options that several commands share, spelled the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary><c>--json</c>: machine-readable output.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Print the result as JSON (for scripts)." };

    /// <summary><c>--db PATH</c>: the SQLite store; <c>docket.db</c> in the current folder by default.</summary>
    public static Option<string> Database() => new("--db")
    {
        Description = "The database file (default: docket.db in the current folder).",
        DefaultValueFactory = _ => "docket.db",
    };
}
