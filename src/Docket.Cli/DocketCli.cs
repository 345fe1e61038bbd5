using System.CommandLine;
using Docket.Cli.Commands;

namespace Docket.Cli;

/// <summary>Builds the command tree and runs it. Exit codes: 0 success, 1 some inputs failed, 2 usage error.</summary>
public static class DocketCli
{
    public static RootCommand BuildRoot(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Docket: an auditable record of government decisions on military aid, built from news reporting.");
        foreach (var command in CommandCatalog.All(stdout, stderr))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildRoot(stdout, stderr);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"docket: {error.Message}").ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Run 'docket --help' (or 'docket COMMAND --help') for usage.").ConfigureAwait(false);
            return 2;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return await parse.InvokeAsync(config).ConfigureAwait(false);
    }
}
