namespace Docket.Core.Cleaning.PlainText;

/// <summary>Metadata that plain-text cleaning read from the text's own header lines.</summary>
internal sealed record TextFindings
{
    public static TextFindings None { get; } = new();

    public string? Title { get; init; }

    public string? Byline { get; init; }

    public string? Outlet { get; init; }

    public HeaderDate? Published { get; init; }

    public HeaderDate? Updated { get; init; }
}

/// <summary>A range of the cleaned text that was removed, and the rule that removed it.</summary>
public sealed record BoilerplateRemoval(int Start, int End, string Rule);
