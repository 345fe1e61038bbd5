using System.Security.Cryptography;
using System.Text;

namespace Docket.Core.Pipeline;

/// <summary>
/// Stable article ids from normalized content: the same article text gives the same id
/// whatever its whitespace, case, quote style or container, so ingesting it twice stores it once.
/// </summary>
public static class ArticleIdentity
{
    /// <summary>Lower-cased letters and digits of the body, words separated by one space.</summary>
    public static string Normalize(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var sb = new StringBuilder(body.Length);
        var pendingSpace = false;
        foreach (var ch in body)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>16 hex digits of the SHA-256 of the normalized body.</summary>
    public static string Compute(string body)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(body)));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }
}
