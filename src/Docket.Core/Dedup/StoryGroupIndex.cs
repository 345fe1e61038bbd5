namespace Docket.Core.Dedup;

/// <summary>
/// An in-memory near-duplicate index: add texts one by one and each is assigned a story group
/// incrementally (merging groups it bridges), exactly as the store does it with its persisted
/// band keys. Used by tests, benchmarks and one-off runs; not thread-safe (one writer).
/// </summary>
public sealed class StoryGroupIndex
{
    private readonly Dictionary<long, List<string>> _byBandKey = [];
    private readonly Dictionary<string, MinHashSignature> _signatures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _groupOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _members = new(StringComparer.Ordinal);
    private readonly StoryGroupAssigner _assigner;

    public StoryGroupIndex(NearDuplicateDetector? detector = null)
    {
        _assigner = new StoryGroupAssigner(detector ?? new NearDuplicateDetector());
    }

    public NearDuplicateDetector Detector => _assigner.Detector;

    public int Count => _signatures.Count;

    /// <summary>Files a text and returns its group; a text added twice keeps its group.</summary>
    public StoryGroupAssignment Add(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Add(id, Detector.Sign(text));
    }

    /// <summary>Files a signed text and returns its group.</summary>
    public StoryGroupAssignment Add(string id, MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(signature);
        if (_groupOf.TryGetValue(id, out var existing))
        {
            return new StoryGroupAssignment(existing, id, new Similarity(1, 1, true), []);
        }

        var keys = Detector.BandKeys(signature);
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (_byBandKey.TryGetValue(key, out var ids))
            {
                candidates.UnionWith(ids);
            }
        }

        var assignment = _assigner.Assign(id, signature, candidates.Select(c => new GroupCandidate(c, _groupOf[c], _signatures[c])));
        foreach (var merged in assignment.MergedGroups)
        {
            var target = _members[assignment.StoryGroup];
            foreach (var member in _members[merged])
            {
                _groupOf[member] = assignment.StoryGroup;
                target.Add(member);
            }

            _members.Remove(merged);
        }

        _signatures[id] = signature;
        _groupOf[id] = assignment.StoryGroup;
        if (!_members.TryGetValue(assignment.StoryGroup, out var members))
        {
            members = [];
            _members[assignment.StoryGroup] = members;
        }

        members.Add(id);
        foreach (var key in keys)
        {
            if (!_byBandKey.TryGetValue(key, out var ids))
            {
                ids = [];
                _byBandKey[key] = ids;
            }

            ids.Add(id);
        }

        return assignment;
    }

    /// <summary>The current story group of an added text (after any merges), or null.</summary>
    public string? GroupOf(string id) => _groupOf.TryGetValue(id, out var g) ? g : null;
}
