using System.Reflection;

namespace Docket.Core.Decisions.Lexicon;

/// <summary>Reads the decision lexicons embedded under <c>Resources/events/</c>.</summary>
internal static class LexiconResource
{
    /// <summary>The lines of an embedded file, without comments and blank lines. A missing resource
    /// is a build error of Docket itself, so it throws.</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string fileName)
    {
        var assembly = typeof(LexiconResource).Assembly;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.EndsWith("events/" + fileName, StringComparison.Ordinal) || n.EndsWith("events\\" + fileName, StringComparison.Ordinal) || n.EndsWith("events." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"embedded lexicon 'events/{fileName}' is missing from {assembly.GetName().Name}");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var lines = new List<(int, string)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length > 0)
            {
                lines.Add((number, text));
            }
        }

        return lines;
    }

    /// <summary>Lower-cased token texts of a phrase, tokenized exactly as article text is.</summary>
    public static string[] Words(string phrase) =>
        [.. Analysis.Text.Tokenizer.Tokenize(phrase).Select(t => Normalize(t.Text))];

    /// <summary>The form every lexicon lookup compares: lower case, typographic apostrophes straight.</summary>
    public static string Normalize(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var lower = token.ToLowerInvariant();
        return lower.AsSpan().IndexOfAny('\u2019', '\u2018') < 0 ? lower : lower.Replace('\u2019', '\'').Replace('\u2018', '\'');
    }

    public static InvalidDataException Malformed(string file, int line, string why) =>
        new($"events/{file} line {line}: {why}");
}
