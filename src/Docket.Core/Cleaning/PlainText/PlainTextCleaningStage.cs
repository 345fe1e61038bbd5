using Docket.Core.Ingest;
using Docket.Core.Pipeline;
using Docket.Domain.Articles;
using Docket.Domain.Text;

namespace Docket.Core.Cleaning.PlainText;

/// <summary>
/// Cleans plain-text documents (<see cref="DocumentFormat.PlainText"/>): removes headline,
/// byline, kicker labels, donation appeals, share and newsletter lines and photo captions with
/// the rules of <c>Resources/boilerplate/plain-text.tsv</c>; sets the body, its map and its
/// paragraphs; and fills the metadata from the header lines (title, outlet, byline, published
/// and updated times), with the container's hints winning over the text.
/// </summary>
public sealed class PlainTextCleaningStage : IPipelineStage
{
    private readonly PlainTextCleaner _cleaner = new();

    public string Name => "plain-text-cleaning";

    public void Process(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Raw.Format != DocumentFormat.PlainText)
        {
            return;
        }

        var cleaned = _cleaner.Clean(context.Body, context.Raw.Hints);
        var paragraphs = cleaned.Paragraphs.Select(context.ToSource).ToList();
        context.ReplaceBody(cleaned.Body, cleaned.Map);
        context.Paragraphs = paragraphs;
        context.Metadata = ContainerMetadata.Apply(FromText(context.Metadata, cleaned.Findings), context.Raw.Hints);
        context.Set(RemovalsKey, cleaned.Removals);
        if (cleaned.Removals.Count > 0)
        {
            var rules = string.Join(", ", cleaned.Removals.Select(r => r.Rule).Distinct());
            context.AddDiagnostic($"{Name}: removed {cleaned.Removals.Count} boilerplate range(s): {rules}");
        }
    }

    /// <summary>Key of the <see cref="BoilerplateRemoval"/> list (offsets in the body this stage
    /// received) left in the context for explanation.</summary>
    public const string RemovalsKey = "plain-text.removals";

    private static ArticleMetadata FromText(ArticleMetadata current, TextFindings found) => current with
    {
        Title = current.Title ?? found.Title,
        Outlet = current.Outlet ?? found.Outlet,
        Byline = current.Byline ?? found.Byline,
        PublishedDate = current.PublishedDate ?? found.Published?.Date,
        Published = current.Published ?? found.Published?.Instant,
        Updated = current.Updated ?? found.Updated?.Instant,
    };
}
