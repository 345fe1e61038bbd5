using System.Globalization;
using System.Text;
using System.Text.Json;
using Docket.Core.Analysis.Entities;
using Docket.Domain.Analysis;
using Docket.Domain.Time;

namespace Docket.Tests.Analysis.Entities;

/// <summary>
/// Golden files: short articles written for these tests (TestData/Entities/*.txt) with the expected mentions
/// beside them (*.json: the publication date and one line per mention). A difference prints the expected and
/// actual lines that differ. Set DOCKET_UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change
/// (then review the diff before committing).
/// </summary>
public sealed class EntityGoldenTests
{
    public static TheoryData<string> Articles() => new(
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Entities"), "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Articles))]
    public void MentionsOfTheArticleMatchTheGoldenFile(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "TestData", "Entities");
        var text = File.ReadAllText(Path.Combine(dir, name + ".txt"));
        var expectedPath = Path.Combine(dir, name + ".json");
        using var expectedJson = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var published = expectedJson.RootElement.GetProperty("published").GetString();
        DateOnly? date = PartialDate.TryParse(published, out var d) ? d.Latest : null;

        var actual = EntityRecognizer.Default.Recognize(text, date).Select(m => Describe(text, m)).ToList();
        var expected = expectedJson.RootElement.GetProperty("mentions").EnumerateArray().Select(e => e.GetString()!).ToList();

        if (Environment.GetEnvironmentVariable("DOCKET_UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(Support.SharedData.RepositoryRoot, "tests", "Docket.Tests", "TestData", "Entities", name + ".json");
            File.WriteAllText(source, JsonSerializer.Serialize(new { published, mentions = actual }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
            return;
        }

        if (!expected.SequenceEqual(actual))
        {
            Assert.Fail($"{name}: mentions differ from {name}.json{Environment.NewLine}{Diff(expected, actual)}");
        }
    }

    /// <summary>One line per mention: span, kind, type, surface -> canonical, then acts_for, office, antecedent and rule.</summary>
    internal static string Describe(string text, EntityMention m)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{m.Span} {m.Kind} {m.Type} \"{m.Surface}\" -> {m.CanonicalName}");
        if (m.ActsFor is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $" | acts_for={m.ActsFor}");
        }

        if (m.Office is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $" | office={m.Office}");
        }

        if (m.Antecedent is { } a)
        {
            sb.Append(CultureInfo.InvariantCulture, $" | antecedent=\"{a.Of(text)}\"@{a}");
        }

        sb.Append(CultureInfo.InvariantCulture, $" | {m.Rule}");
        return sb.ToString();
    }

    private static string Diff(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var sb = new StringBuilder();
        foreach (var line in expected.Except(actual))
        {
            sb.AppendLine("- expected: " + line);
        }

        foreach (var line in actual.Except(expected))
        {
            sb.AppendLine("+ actual:   " + line);
        }

        if (sb.Length == 0)
        {
            sb.AppendLine("(same lines, different order)");
        }

        return sb.ToString();
    }
}
