using System.CommandLine;

namespace Docket.Cli.Commands;

/// <summary><c>docket eval</c>: scores Docket against gold corpora and benchmarks.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        _ = stdout;
        _ = stderr;
        var command = new Command("eval", "Score Docket against gold corpora and public benchmarks.");
        // Each subcommand lives in its own file (EvalXxxCommand.cs) and is registered here.
        return command;
    }
}
