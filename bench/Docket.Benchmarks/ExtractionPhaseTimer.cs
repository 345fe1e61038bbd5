using System.Diagnostics;
using AngleSharp.Html.Parser;
using Docket.Core.Cleaning.Html;
using Docket.Core.Evaluation;

namespace Docket.Benchmarks;

/// <summary>Times each phase alone over all pages, repeated, best of five (CPU seconds).</summary>
internal static class ExtractionPhaseTimer
{
    public static int Run(string[] args)
    {
        var benchmark = ExtractionBenchmark.Load(args[0]).Value!;
        var pages = benchmark.Pages.Select(p => p.Html).ToList();
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var docs = pages.Select(h => parser.ParseDocument(h)).ToList();
        var models = pages.Select((h, i) => PageModelBuilder.Build(docs[i], h)).ToList();
        Console.WriteLine($"parse   {Best(() => { foreach (var h in pages) { parser.ParseDocument(h).Dispose(); } }) * 1000 / pages.Count:0.000} ms/page");
        Console.WriteLine($"model   {Best(() => { for (var i = 0; i < pages.Count; i++) { PageModelBuilder.Build(docs[i], pages[i]); } }) * 1000 / pages.Count:0.000} ms/page");
        Console.WriteLine($"locate  {Best(() => { foreach (var m in models) { MainContentLocator.Locate(m, JsonLdArticle.Read(m.JsonLd)?.ArticleBody); } }) * 1000 / pages.Count:0.000} ms/page");
        Console.WriteLine($"meta    {Best(() => { foreach (var m in models) { HtmlMetadataReader.Read(m, JsonLdArticle.Read(m.JsonLd), []); } }) * 1000 / pages.Count:0.000} ms/page");
        var extractor = new HtmlArticleExtractor();
        Console.WriteLine($"all     {Best(() => { foreach (var h in pages) { extractor.Extract(h); } }) * 1000 / pages.Count:0.000} ms/page");
        return 0;
    }

    private static double Best(Action action)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var p = Process.GetCurrentProcess();
            var before = p.TotalProcessorTime;
            action();
            p.Refresh();
            best = Math.Min(best, (p.TotalProcessorTime - before).TotalSeconds);
        }

        return best;
    }
}
