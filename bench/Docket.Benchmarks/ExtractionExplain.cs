using AngleSharp.Html.Parser;
using Docket.Core.Cleaning.Html;
using Docket.Core.Evaluation;

namespace Docket.Benchmarks;

/// <summary>Prints, for one benchmark page, every text block with the extractor's decision:
/// a tool for finding why a page scores badly.</summary>
internal static class ExtractionExplain
{
    public static int Run(string[] args)
    {
        if (args.Length == 1)
        {
            return ScoreAll(args[0]);
        }

        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: bench/run extraction explain BENCHMARK_DIR [ID_PREFIX [BLOCK]]");
            return 2;
        }

        var file = Directory.EnumerateFiles(Path.Combine(args[0], "html"), args[1] + "*.html.gz").FirstOrDefault();
        if (file is null)
        {
            Console.Error.WriteLine("no such page");
            return 2;
        }

        var html = ExtractionBenchmark.ReadPage(file);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var page = PageModelBuilder.Build(document, html);
        var decisions = MainContentLocator.Explain(page, JsonLdArticle.Read(page.JsonLd)?.ArticleBody);
        Console.WriteLine($"container: {decisions.Container}  unaligned texts: {page.UnalignedTexts}");
        foreach (var b in page.Blocks)
        {
            var d = decisions.Blocks[b.Index];
            var el = page.Elements[b.Owner];
            var text = b.Text.Length > 110 ? b.Text[..110] + "…" : b.Text;
            Console.WriteLine($"{(d.Kept ? "+" : " ")} b{b.Index} {d.Value,7:0} {d.Reason,-14} <{el.Tag}>#{b.Owner} w{b.Words} ld{b.LinkDensity:0.00} [{b.Traits}] {text}");
        }

        // The ancestors of the best block, with their own traits and names.
        var bestBlock = args.Length > 2 ? page.Blocks[int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)] : page.Blocks.OrderByDescending(b => decisions.Blocks[b.Index].Value).FirstOrDefault();
        if (bestBlock is not null)
        {
            Console.WriteLine("ancestors of the best block:");
            for (var e = bestBlock.Owner; e >= 0; e = page.Elements[e].Parent)
            {
                var el = page.Elements[e];
                Console.WriteLine($"  #{e} <{el.Tag}> own [{el.Own}] class=\"{el.Node.ClassName}\" id=\"{el.Node.Id}\"");
            }
        }

        return 0;
    }

    private static int ScoreAll(string dir)
    {
        var benchmark = ExtractionBenchmark.Load(dir).Value!;
        var run = ExtractionBenchmarkRun.Execute(benchmark, new HtmlArticleExtractor(), TimeProvider.System);
        var out1 = Path.Combine(Path.GetTempPath(), "docket-extraction-out");
        Directory.CreateDirectory(out1);
        foreach (var (id, text) in run.Texts)
        {
            File.WriteAllText(Path.Combine(out1, id + ".json"), System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text }));
        }

        foreach (var p in run.Score.PerDocument.OrderBy(p => p.Score.F1).Take(45))
        {
            Console.WriteLine($"{p.Score.F1:0.000} P {p.Score.Precision ?? 0:0.000} R {p.Score.Recall:0.000} {p.Id[..12]} {benchmark.Pages.First(x => x.Id == p.Id).Url}");
        }

        var s = run.Score;
        Console.WriteLine($"F1 {s.F1:0.0000} P {s.Precision:0.0000} R {s.Recall:0.0000} acc {s.Accuracy:0.000} {run.DocumentsPerSecond:0} pages/s");
        return 0;
    }
}

/// <summary>Prints the metadata read from every benchmark page, one line each.</summary>
internal static class ExtractionMetadataDump
{
    public static int Run(string[] args)
    {
        var benchmark = ExtractionBenchmark.Load(args[0]).Value!;
        var extractor = new HtmlArticleExtractor();
        int title = 0, outlet = 0, date = 0, byline = 0, lang = 0, canonical = 0, canonicalMatches = 0;
        foreach (var page in benchmark.Pages)
        {
            var m = extractor.Extract(page.Html).Metadata;
            title += m.Title is null ? 0 : 1;
            outlet += m.Outlet is null ? 0 : 1;
            date += m.PublishedDate is null ? 0 : 1;
            byline += m.Byline is null ? 0 : 1;
            lang += m.Language is null ? 0 : 1;
            canonical += m.CanonicalUrl is null ? 0 : 1;
            canonicalMatches += m.CanonicalUrl is not null && page.Url is not null && Trim(m.CanonicalUrl) == Trim(page.Url) ? 1 : 0;
            Console.WriteLine($"{page.Id[..8]} | {m.Title} | {m.Outlet} | {m.PublishedDate} {m.Published:O} | {m.Byline} | {m.Language} | {m.CanonicalUrl}");
        }

        Console.WriteLine($"found of {benchmark.Pages.Count}: title {title}, outlet {outlet}, date {date}, byline {byline}, language {lang}, canonical {canonical} ({canonicalMatches} equal to the page URL)");
        return 0;
    }

    private static string Trim(string url) => url.Split('#')[0].Split('?')[0].TrimEnd('/').Replace("http://", "https://", StringComparison.Ordinal).Replace("://www.", "://", StringComparison.Ordinal);
}
