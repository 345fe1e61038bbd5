namespace Docket.Core.Ingest;

/// <summary>Decides whether decoded content is text worth reading: not empty, not binary.</summary>
internal static class ContentCheck
{
    /// <summary>Null when <paramref name="text"/> is readable text; otherwise why it is not.</summary>
    public static string? WhyNotText(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return text.Length == 0 ? "file is empty" : "file holds only whitespace";
        }

        // Look at the start only: enough to tell an image or an archive from an article.
        var sample = text.AsSpan(0, Math.Min(text.Length, 65536));
        if (sample.Contains('\0'))
        {
            return "binary file (it contains NUL bytes); Docket reads text, HTML, JSON, JSON Lines, feeds and their .gz forms";
        }

        var odd = 0;
        foreach (var c in sample)
        {
            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v')) || c == '\uFFFD')
            {
                odd++;
            }
        }

        return odd * 10 > sample.Length
            ? "binary file (mostly control characters, not text); Docket reads text, HTML, JSON, JSON Lines, feeds and their .gz forms"
            : null;
    }
}
