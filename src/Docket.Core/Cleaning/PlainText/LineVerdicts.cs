namespace Docket.Core.Cleaning.PlainText;

/// <summary>The per-line decisions of one cleaning run: which lines are dropped, and by what rule.</summary>
internal sealed class LineVerdicts
{
    private readonly string?[] _dropped;

    public LineVerdicts(string text, List<TextLine> lines)
    {
        Text = text;
        Lines = lines;
        _dropped = new string?[lines.Count];
        NonBlank = lines.Where(l => !l.IsBlank).Select(l => l.Index).ToList();
    }

    public string Text { get; }

    public List<TextLine> Lines { get; }

    /// <summary>Indices of the lines with content, in order.</summary>
    public List<int> NonBlank { get; }

    public bool IsKept(int index) => _dropped[index] is null && !Lines[index].IsBlank;

    public string? DropRule(int index) => _dropped[index];

    public void Drop(int index, string rule) => _dropped[index] ??= rule;

    public string Content(int index) => Lines[index].Content(Text);

    /// <summary>Kept lines with content, in order.</summary>
    public IEnumerable<int> Kept => NonBlank.Where(IsKept);
}
