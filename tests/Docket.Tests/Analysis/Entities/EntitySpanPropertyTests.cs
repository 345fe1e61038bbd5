using Docket.Core.Analysis.Entities;
using FsCheck;
using FsCheck.Fluent;

namespace Docket.Tests.Analysis.Entities;

public sealed class EntitySpanPropertyTests
{
    private static readonly string[] Names =
    [
        .. Gazetteer.Default.Entries.Where((_, i) => i % 7 == 0).SelectMany(e => e.Aliases.Take(2).Select(a => a.Text)),
        "U.S.-made", "Soviet-era", "Kremlin-backed", "Col. Roger Cabiness", "Cabiness", "Marta Kowalczyk", "the newspaper",
        "the missiles in question", "the administration", "he", "she", "Biden's", "Zelenskyy's", "F-16s", "Patriots",
    ];

    private static readonly string[] Fillers =
    [
        " ", " ", "\n", "\n\n", ", ", ". ", " said ", " told ", " and ", " the ", " in ", "'s ", " (", ") ", "\u2019s ", " - ", "\u201c", "\u201d",
        " a spokesman for ", " officials ", " President ", " Mr ", " missiles ", " near ", "-", " Institute ", " Times ",
    ];

    [Fact]
    public void EveryMentionSpanCoversExactlyItsSurfaceOnRandomTexts()
    {
        Prop.ForAll(
            Gen.OneOf(Gen.Elements(Names), Gen.Elements(Fillers)).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary(),
            text =>
            {
                var mentions = EntityRecognizer.Default.Recognize(text, new DateOnly(2023, 5, 1));
                var last = 0;
                foreach (var m in mentions)
                {
                    if (m.Span.End > text.Length || m.Span.Of(text) != m.Surface || m.Surface.Length == 0 || m.Span.Start < last)
                    {
                        return false;
                    }

                    if (m.Antecedent is { } a && (a.End > text.Length || a.Length == 0))
                    {
                        return false;
                    }

                    last = m.Span.End;
                }

                return true;
            }).QuickCheckThrowOnFailure();
    }
}
