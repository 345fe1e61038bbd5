using System.CommandLine;

namespace Docket.Cli.Commands;

/// <summary>Every top-level command, in the order --help lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(TextWriter stdout, TextWriter stderr)
    {
        yield return DemoCommand.Create(stdout, stderr);
        yield return IngestCommand.Create(stdout, stderr);
        yield return ListCommand.Create(stdout, stderr);
        yield return ShowCommand.Create(stdout, stderr);
        yield return AnalyzeCommand.Create(stdout, stderr);
        yield return SearchCommand.Create(stdout, stderr);
        yield return StatusCommand.Create(stdout, stderr);
        yield return TimelineCommand.Create(stdout, stderr);
        yield return ClaimsCommand.Create(stdout, stderr);
        yield return ReportCommand.Create(stdout, stderr);
        yield return EvalCommand.Create(stdout, stderr);
        yield return VersionCommand.Create(stdout);
    }
}
