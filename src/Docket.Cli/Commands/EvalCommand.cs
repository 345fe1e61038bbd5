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
        command.Subcommands.Add(EvalCorpusCommand.Create(stdout, stderr));
        command.Subcommands.Add(EvalTimexCommand.Create(stdout, stderr));
        command.Subcommands.Add(EvalEntitiesCommand.Create(stdout, stderr));
        command.Subcommands.Add(EvalExtractionCommand.Create(stdout, stderr));
        command.Subcommands.Add(EvalAttributionCommand.Create(stdout, stderr));
        command.Subcommands.Add(EvalModalityCommand.Create(stdout, stderr));
        command.Subcommands.Add(EvalAttributionSpeedCommand.Create(stdout, stderr));
        return command;
    }
}
