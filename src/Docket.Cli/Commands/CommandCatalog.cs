using System.CommandLine;

namespace Docket.Cli.Commands;

/// <summary>Every top-level command, in the order --help lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(TextWriter stdout, TextWriter stderr)
    {
        _ = stderr;
        yield return EvalCommand.Create(stdout, stderr);
        yield return VersionCommand.Create(stdout);
    }
}
