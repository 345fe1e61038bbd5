using System.Text;
using System.Text.RegularExpressions;

namespace Docket.Core.Ingest;

/// <summary>The charset an HTML page declares in a meta tag within its first 2 KB, for pages
/// served without a charset in their Content-Type.</summary>
internal static partial class HtmlCharset
{
    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var m = MetaCharset().Match(head);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<cs>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex MetaCharset();
}
