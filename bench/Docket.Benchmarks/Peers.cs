using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Docket.Benchmarks;

/// <summary>What a peer script reported on its <c>TIMING</c> line (../shared/peers/README.md): its own time
/// from after module loading to the last result written, one document at a time, in one process.</summary>
/// <param name="Line">The TIMING line's JSON, for peer-specific settings it reports.</param>
internal sealed record PeerTiming(string Peer, string Version, int Docs, int Errors, double Seconds, double DocsPerSecond, string Line);

/// <summary>
/// Where the benchmarks find ../shared and the installed copy of its peers, and how they run one peer script.
/// <c>bench/run</c> copies ../shared/peers to a temporary folder, installs it there (npm ci, Debian dateparser)
/// and passes that copy as <c>--peers DIR</c>; nothing is ever written into ../shared.
/// </summary>
internal static class Peers
{
    /// <summary>The value after <paramref name="name"/> in <paramref name="args"/>, if any.</summary>
    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>An integer option, or <paramref name="fallback"/> when absent or not a number.</summary>
    public static int IntOption(string[] args, string name, int fallback) =>
        int.TryParse(Option(args, name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    /// <summary>../shared: <c>--shared DIR</c>, then <c>DOCKET_SHARED</c>, then the folder beside the repository.</summary>
    public static string? Shared(string[] args)
    {
        foreach (var candidate in new[] { Option(args, "--shared"), Environment.GetEnvironmentVariable("DOCKET_SHARED") })
        {
            if (!string.IsNullOrEmpty(candidate) && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        var root = RepositoryRoot();
        var beside = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared"));
        return beside is not null && Directory.Exists(beside) ? beside : null;
    }

    /// <summary>The installed peers copy passed as <c>--peers DIR</c>; null when absent or not installed.</summary>
    public static string? Installed(string[] args)
    {
        var dir = Option(args, "--peers");
        return dir is not null && Directory.Exists(Path.Combine(dir, "node", "node_modules")) ? Path.GetFullPath(dir) : null;
    }

    /// <summary>The folder holding Docket.slnx, searched upwards from the working folder and the binaries.</summary>
    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Docket.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>The file name a peer gives a document id (README: <c>[A-Za-z0-9._-]</c>, others as '_').</summary>
    public static string SafeName(string id) =>
        string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_'));

    /// <summary>Runs <c>EXE SCRIPT INPUT OUTPUT</c> in UTC and reads its TIMING line; null (after saying why on
    /// standard error) when it fails, so the other rows are still printed.</summary>
    public static PeerTiming? Run(string exe, string script, string input, string output)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add(input);
        psi.ArgumentList.Add(output);
        psi.Environment["TZ"] = "UTC";
        try
        {
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            var stdout = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith("TIMING ", StringComparison.Ordinal));
            if (p.ExitCode != 0 || line is null)
            {
                Console.Error.WriteLine($"peer {Path.GetFileName(script)} failed (exit {p.ExitCode}): {stderr.Result.Trim().Split('\n').LastOrDefault()}");
                return null;
            }

            using var json = JsonDocument.Parse(line["TIMING ".Length..]);
            var t = json.RootElement;
            string Text(string name) => t.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;
            double Number(string name) => t.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;
            return new PeerTiming(Text("peer"), Text("version"), (int)Number("docs"), (int)Number("errors"), Number("seconds"), Number("docs_per_sec"), line["TIMING ".Length..]);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Console.Error.WriteLine($"peer {Path.GetFileName(script)}: cannot start {exe}: {ex.Message}");
            return null;
        }
    }
}

/// <summary>
/// The machine-readable lines <c>bench/run all</c> gathers into its final table: one per comparison of Docket
/// with a peer, <c>SUMMARY\tbenchmark\tmeasure\tpeer\tdocket value\tpeer value</c>. The ratio is Docket over the
/// peer, so above 1 means Docket is faster (or scores higher).
/// </summary>
internal static class Summary
{
    public static void Ratio(string benchmark, string measure, string peer, double docket, double peerValue) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SUMMARY\t{benchmark}\t{measure}\t{peer}\t{docket:0.###}\t{peerValue:0.###}"));
}
