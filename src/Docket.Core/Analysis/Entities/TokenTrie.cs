using System.Collections.Frozen;

namespace Docket.Core.Analysis.Entities;

/// <summary>
/// A frozen trie over token texts, compared with <see cref="FoldedComparer"/> (case and diacritics folded):
/// the longest-match index of the gazetteer, the titles and the system-class words. Walking it costs one
/// dictionary lookup per token and allocates nothing.
/// </summary>
/// <typeparam name="T">What a complete key carries.</typeparam>
internal sealed class TokenTrie<T>
{
    private TokenTrie(Node root) => Root = root;

    public Node Root { get; }

    /// <summary>Longest key starting at <paramref name="start"/> among <paramref name="tokens"/>[start..end):
    /// the number of tokens it covers (0 when none) and its values.</summary>
    public int LongestMatch(IReadOnlyList<string> tokens, int start, int end, out IReadOnlyList<T> values)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        values = [];
        var node = Root;
        var best = 0;
        for (var i = start; i < end; i++)
        {
            node = node.Child(tokens[i]);
            if (node is null)
            {
                break;
            }

            if (node.Values.Length > 0)
            {
                best = i - start + 1;
                values = node.Values;
            }
        }

        return best;
    }

    /// <summary>One node: its children by folded token text and the values of the key that ends here.</summary>
    public sealed class Node
    {
        private static readonly FrozenDictionary<string, Node> NoChildren =
            new Dictionary<string, Node>(FoldedComparer.Instance).ToFrozenDictionary(FoldedComparer.Instance);

        private readonly FrozenDictionary<string, Node> _children;
        private readonly FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

        internal Node(FrozenDictionary<string, Node>? children, T[] values)
        {
            _children = children ?? NoChildren;
            _spanLookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
            Values = values;
        }

        public T[] Values { get; }

        public bool HasChildren => _children.Count > 0;

        public Node? Child(string token) => _children.TryGetValue(token, out var n) ? n : null;

        public Node? Child(ReadOnlySpan<char> token) => _spanLookup.TryGetValue(token, out var n) ? n : null;
    }

    /// <summary>Collects keys, then freezes them into a <see cref="TokenTrie{T}"/>.</summary>
    public sealed class Builder
    {
        private readonly MutableNode _root = new();

        /// <summary>Adds <paramref name="value"/> under the key <paramref name="tokens"/> (values of equal keys
        /// are kept in the order added).</summary>
        public void Add(IReadOnlyList<string> tokens, T value)
        {
            ArgumentNullException.ThrowIfNull(tokens);
            if (tokens.Count == 0)
            {
                return;
            }

            var node = _root;
            foreach (var t in tokens)
            {
                if (!node.Children.TryGetValue(t, out var next))
                {
                    next = new MutableNode();
                    node.Children.Add(t, next);
                }

                node = next;
            }

            node.Values.Add(value);
        }

        public TokenTrie<T> Build() => new(Freeze(_root));

        private static Node Freeze(MutableNode node)
        {
            FrozenDictionary<string, Node>? children = null;
            if (node.Children.Count > 0)
            {
                children = node.Children.ToFrozenDictionary(kv => kv.Key, kv => Freeze(kv.Value), FoldedComparer.Instance);
            }

            return new Node(children, [.. node.Values]);
        }

        private sealed class MutableNode
        {
            public Dictionary<string, MutableNode> Children { get; } = new(FoldedComparer.Instance);

            public List<T> Values { get; } = [];
        }
    }
}
