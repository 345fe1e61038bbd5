using System.CommandLine;

namespace Docket.Cli.Commands;

/// <summary>
/// Commands whose arguments take any number of values (inputs, query words) would otherwise read a
/// mistyped option ("--jsn") as one of them; this makes it a usage error instead.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>Rejects values that look like options, unless they name an existing file or folder
    /// (a file may really be called "-x"). "-" alone (standard input) is allowed.</summary>
    public static void RejectIn(Argument<string[]> argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var v = token.Value;
                if (v.Length > 1 && v[0] == '-' && !File.Exists(v) && !Directory.Exists(v))
                {
                    result.AddError($"unknown option '{v}'.");
                }
            }
        });
    }
}
