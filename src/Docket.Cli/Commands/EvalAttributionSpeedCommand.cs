using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Docket.Cli.Output;
using Docket.Core.Analysis.Attribution;
using Docket.Core.Analysis.Modality;
using Docket.Core.Analysis.Text;

namespace Docket.Cli.Commands;

/// <summary><c>docket eval attribution-speed FILE.jsonl</c>: throughput of the attribution and modality extractors on a JSON Lines corpus.</summary>
internal static class EvalAttributionSpeedCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "A JSON Lines file whose objects hold the article in a \"text\" field (e.g. ../shared/benchmarks/ukraine-war-news-2022/articles.jsonl)." };
        var json = CommonOptions.Json();
        var command = new Command("attribution-speed", "Measure sentences per second of attribution and modality extraction (single thread, after one warm-up pass).")
        {
            file,
            json,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                stderr.WriteLine($"docket: {path}: no such file; give a JSON Lines file with a \"text\" field per line.");
                return 1;
            }

            var texts = new List<string>();
            var bad = 0;
            foreach (var line in File.ReadLines(path))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    using var doc = JsonDocument.Parse(line);
                    if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("text", out var t) && t.GetString() is { } s)
                    {
                        texts.Add(s);
                    }
                }
                catch (JsonException)
                {
                    bad++;
                }
            }

            var prepared = texts.Select(t => (Text: t, Tokens: Tokenizer.Tokenize(t))).Select(x => (x.Text, x.Tokens, Sentences: SentenceSplitter.Split(x.Text, x.Tokens))).ToList();
            var sentences = prepared.Sum(p => p.Sentences.Count);
            var attributions = 0;
            var cues = 0;
            foreach (var p in prepared)
            {
                // Warm-up: loads the lexicons and JIT-compiles the rules.
                attributions += AttributionExtractor.Extract(p.Text, p.Tokens, p.Sentences).Count;
                cues += ModalityExtractor.Extract(p.Text, p.Tokens, p.Sentences).Count;
            }

            var clock = Stopwatch.StartNew();
            foreach (var p in prepared)
            {
                _ = AttributionExtractor.Extract(p.Text, p.Tokens, p.Sentences);
            }

            var attributionSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            foreach (var p in prepared)
            {
                _ = ModalityExtractor.Extract(p.Text, p.Tokens, p.Sentences);
            }

            var modalitySeconds = clock.Elapsed.TotalSeconds;
            var report = new
            {
                Articles = prepared.Count,
                Sentences = sentences,
                Attributions = attributions,
                ModalityCues = cues,
                SkippedLines = bad,
                AttributionSentencesPerSecond = Math.Round(sentences / Math.Max(attributionSeconds, 1e-9)),
                ModalitySentencesPerSecond = Math.Round(sentences / Math.Max(modalitySeconds, 1e-9)),
            };
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, report);
            }
            else
            {
                stdout.WriteLine($"{report.Articles} articles, {report.Sentences} sentences: {report.Attributions} attributions, {report.ModalityCues} modality cues");
                stdout.WriteLine($"attribution {report.AttributionSentencesPerSecond} sentences/s, modality {report.ModalitySentencesPerSecond} sentences/s (tokens and sentences given)");
            }

            return 0;
        });
        return command;
    }
}
