namespace Docket.Core.Analysis.Attribution;

/// <summary>
/// One quotation: token indices of its opening mark and of its closing mark (or of the last token
/// of the paragraph when the writer left it open, as multi-paragraph quotes do). <see cref="Next"/>
/// links a quote that runs on into the next paragraph (which opens with a new quotation mark).
/// </summary>
internal sealed record Quotation(int Open, int Close, bool Closed)
{
    /// <summary>Index into the document's quote list of the paragraph that continues this quote, or -1.</summary>
    public int Next { get; set; } = -1;

    /// <summary>Index of the quote this one continues, or -1.</summary>
    public int Previous { get; set; } = -1;
}
