using Docket.Core.Pipeline;

namespace Docket.Core.Cleaning.Unicode;

/// <summary>
/// Runs <see cref="UnicodeNormalizer"/> on the body of every document, after main-text
/// extraction and boilerplate removal, composing its map with the body's map so the body still
/// maps into the original text. Paragraph spans are in the original text and stay valid.
/// </summary>
public sealed class UnicodeCleanupStage : IPipelineStage
{
    private readonly UnicodeCleanupOptions _options;

    public UnicodeCleanupStage(UnicodeCleanupOptions? options = null)
    {
        _options = options ?? new UnicodeCleanupOptions();
    }

    public string Name => "unicode-cleanup";

    public void Process(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (text, map) = UnicodeNormalizer.Normalize(context.Body, _options);
        if (!string.Equals(text, context.Body, StringComparison.Ordinal))
        {
            context.ReplaceBody(text, map);
        }
    }
}
