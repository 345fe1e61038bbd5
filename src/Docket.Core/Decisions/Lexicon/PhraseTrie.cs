namespace Docket.Core.Decisions.Lexicon;

/// <summary>
/// A trie over lower-cased token texts: finds the longest phrase that starts at a token, in time
/// linear in the phrase length. Built once from a lexicon and then only read, so it is safe to
/// share between threads.
/// </summary>
/// <typeparam name="T">What a phrase maps to.</typeparam>
internal sealed class PhraseTrie<T>
    where T : class
{
    private readonly Node _root = new();

    /// <summary>Number of phrases added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a phrase; a phrase added twice keeps its first value.</summary>
    public void Add(IReadOnlyList<string> words, T value)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var w in words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(w, out var next))
            {
                next = new Node();
                node.Children[w] = next;
            }

            node = next;
        }

        if (node.Value is null)
        {
            node.Value = value;
            Count++;
        }
    }

    /// <summary>The longest phrase that starts at <paramref name="start"/> and ends before
    /// <paramref name="limit"/>: its length in tokens and its value, or (0, null).</summary>
    public (int Length, T? Value) LongestAt(IReadOnlyList<string> words, int start, int limit)
    {
        ArgumentNullException.ThrowIfNull(words);
        var node = _root;
        var bestLength = 0;
        T? best = null;
        var skipped = false;
        for (var i = start; i < limit && i < words.Count; i++)
        {
            if (node.Children is null)
            {
                break;
            }

            if (!node.Children.TryGetValue(words[i], out var next))
            {
                // "voted overwhelmingly in favour of": one adverb inside a phrase does not break it.
                if (!skipped && i > start && words[i].Length > 4 && words[i].EndsWith("ly", StringComparison.Ordinal))
                {
                    skipped = true;
                    continue;
                }

                break;
            }

            node = next;
            if (node.Value is not null)
            {
                bestLength = i - start + 1;
                best = node.Value;
            }
        }

        return (bestLength, best);
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public T? Value { get; set; }
    }
}
