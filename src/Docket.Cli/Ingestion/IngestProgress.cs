using Spectre.Console;

namespace Docket.Cli.Ingestion;

/// <summary>
/// A live progress line on standard error while an ingest runs, drawn only when standard error
/// is the process's own terminal (never in tests, pipes, CI logs or with --json).
/// </summary>
internal static class IngestProgress
{
    public static bool IsAvailable(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    /// <summary>Runs <paramref name="work"/> with a progress display fed by its callback.</summary>
    public static async Task<IngestReport> RunAsync(Func<Action<IngestTally>, Task<IngestReport>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Ingesting", maxValue: 1);
                task.IsIndeterminate = true;
                var report = await work(t =>
                {
                    task.Description = $"Ingesting: {t.Read} read, {t.Added} added, {t.Duplicates} duplicates, {t.Failed} failed";
                }).ConfigureAwait(false);
                task.Value = task.MaxValue;
                return report;
            }).ConfigureAwait(false);
    }
}
