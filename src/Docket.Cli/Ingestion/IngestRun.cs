using System.Diagnostics;
using Docket.Core.Ingest;
using Docket.Core.Pipeline;
using Docket.Domain;
using Docket.Domain.Articles;
using Docket.Storage;

namespace Docket.Cli.Ingestion;

/// <summary>Counts of an ingest so far (for a progress display) or at its end.</summary>
/// <param name="Read">Documents read (or inputs that failed before giving one).</param>
/// <param name="Added">Articles stored now.</param>
/// <param name="Duplicates">Articles already stored.</param>
/// <param name="Failed">Inputs or documents that failed.</param>
internal readonly record struct IngestTally(int Read, int Added, int Duplicates, int Failed);

/// <summary>What an ingest did.</summary>
/// <param name="Tally">The counts.</param>
/// <param name="Failures">Every failure with its input and reason, in input order.</param>
/// <param name="JoinedStoryGroups">Added articles that joined an existing story group (near-duplicates).</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="StoreError">Why the store stopped accepting batches, when it did; earlier batches are kept.</param>
/// <param name="Interrupted">True when the run was cancelled; committed batches are kept.</param>
internal sealed record IngestReport(IngestTally Tally, IReadOnlyList<Failure> Failures, int JoinedStoryGroups, TimeSpan Elapsed, string? StoreError, bool Interrupted)
{
    public bool AllStored => Failures.Count == 0 && StoreError is null && !Interrupted;
}

/// <summary>
/// Reads inputs, runs the pipeline on them in parallel and writes the results to a store in
/// order, one transaction per batch. Processing of the next batch overlaps the writing of the
/// previous one. A bad input is a failure in the report and never stops the others; a store that
/// fails stops the run with every earlier batch kept, so running the same command again resumes
/// (stored articles come back as duplicates).
/// </summary>
internal sealed class IngestRun
{
    /// <summary>Articles per transaction: large enough to amortize commits, small enough that
    /// an interruption loses little.</summary>
    public const int BatchSize = 64;

    private readonly DocketPipeline _pipeline;
    private readonly InputReader _reader;
    private readonly IArticleStore _store;

    public IngestRun(DocketPipeline pipeline, InputReader reader, IArticleStore store)
    {
        _pipeline = pipeline;
        _reader = reader;
        _store = store;
    }

    public async Task<IngestReport> RunAsync(IReadOnlyList<string> inputs, Action<IngestTally>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var failures = new List<Failure>();
        int read = 0, added = 0, duplicates = 0, joined = 0;
        string? storeError = null;
        var interrupted = false;
        Task<Outcome<ProcessedArticle>[]>? pending = null;

        void Report() => progress?.Invoke(new IngestTally(read, added, duplicates, failures.Count));

        // Writes one processed batch, in input order. False when the store failed.
        bool Write(Outcome<ProcessedArticle>[] batch)
        {
            var articles = new List<ProcessedArticle>(batch.Length);
            foreach (var outcome in batch)
            {
                if (outcome.TryGetValue(out var article))
                {
                    articles.Add(article);
                }
                else
                {
                    failures.Add(outcome.Failure!);
                }
            }

            try
            {
                foreach (var receipt in _store.AddBatch(articles))
                {
                    if (receipt.Result == StoreResult.Added)
                    {
                        added++;
                        joined += receipt.NearDuplicateOf is null ? 0 : 1;
                    }
                    else
                    {
                        duplicates++;
                    }
                }
            }
            catch (StoreException ex)
            {
                storeError = ex.Message;
                failures.AddRange(articles.Select(a => new Failure(a.Article.Input, "not stored: " + ex.Message)));
                return false;
            }

            Report();
            return true;
        }

        var chunk = new List<Outcome<RawDocument>>(BatchSize);
        try
        {
            await foreach (var document in _reader.ReadAsync(inputs, cancellationToken).ConfigureAwait(false))
            {
                chunk.Add(document);
                read++;
                if (chunk.Count < BatchSize)
                {
                    continue;
                }

                // Start this batch before writing the previous one, so the pipeline works while the store writes.
                var next = Process([.. chunk], cancellationToken);
                chunk.Clear();
                if (pending is not null && !Write(await pending.ConfigureAwait(false)))
                {
                    pending = null;
                    break;
                }

                pending = next;
                Report();
            }

            if (storeError is null)
            {
                if (pending is not null && !Write(await pending.ConfigureAwait(false)))
                {
                    chunk.Clear();
                }

                pending = null;
                if (chunk.Count > 0 && storeError is null)
                {
                    Write(await Process([.. chunk], cancellationToken).ConfigureAwait(false));
                }
            }
        }
        catch (OperationCanceledException)
        {
            interrupted = true;
        }

        return new IngestReport(new IngestTally(read, added, duplicates, failures.Count), failures, joined, clock.Elapsed, storeError, interrupted);
    }

    private Task<Outcome<ProcessedArticle>[]> Process(Outcome<RawDocument>[] documents, CancellationToken cancellationToken) =>
        Task.Run(
            () =>
            {
                var results = new Outcome<ProcessedArticle>[documents.Length];
                Parallel.For(0, documents.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                {
                    var d = documents[i];
                    results[i] = d.TryGetValue(out var raw) ? _pipeline.Process(raw) : Outcome<ProcessedArticle>.Fail(d.Failure!);
                });
                return results;
            },
            cancellationToken);
}
