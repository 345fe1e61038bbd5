using System.CommandLine;
using System.Reflection;

namespace Docket.Cli.Commands;

/// <summary><c>docket version</c>: prints the version.</summary>
internal static class VersionCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("version", "Print Docket's version.");
        command.SetAction(_ =>
        {
            var v = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            stdout.WriteLine($"docket {v}");
            return 0;
        });
        return command;
    }
}
