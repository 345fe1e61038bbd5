using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Entities;

/// <summary>One gazetteer data file: its name (for messages) and its text.</summary>
public sealed record GazetteerFile(string Name, string Text);

/// <summary>A problem in a gazetteer file, with the line (1-based) where it is.</summary>
public sealed record GazetteerError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>The loaded gazetteer, or the errors that stopped it (every error found, not only the first).</summary>
public sealed record GazetteerLoadResult(Gazetteer? Gazetteer, IReadOnlyList<GazetteerError> Errors)
{
    public bool IsValid => Gazetteer is not null;
}

/// <summary>
/// Reads and validates the gazetteer's tab-separated files. Lines starting with '#' and blank lines are
/// comments; the first other line is a header that says what the file holds:
/// <list type="bullet">
/// <item><c>id type kind name aliases acts_for attributes</c>: entries (countries, places, organisations,
/// outlets, people, systems). aliases are separated by '|'; "~Name" is a dependent alias, "the Name" needs the
/// article; attributes are <c>key=value</c> pairs separated by ';'.</item>
/// <item><c>entity surfaces</c>: demonyms; <c>person office acts_for from to</c>: offices with ISO dates;
/// <c>name gender</c>: given names; <c>title kind</c>: titles; <c>word kind</c>: name suffixes;
/// <c>label class</c>: system-class words.</item>
/// </list>
/// Every reference (acts_for, person, entity) must name an existing id, and no alias may name two entries.
/// Bad data gives errors with file and line, never an exception.
/// </summary>
public static class GazetteerLoader
{
    private const string EntryHeader = "id\ttype\tkind\tname\taliases\tacts_for\tattributes";
    private const string DemonymHeader = "entity\tsurfaces";
    private const string OfficeHeader = "person\toffice\tacts_for\tfrom\tto";
    private const string GivenNameHeader = "name\tgender";
    private const string TitleHeader = "title\tkind";
    private const string SuffixHeader = "word\tkind";
    private const string ClassHeader = "label\tclass";

    private static readonly string[] Headers = [EntryHeader, DemonymHeader, OfficeHeader, GivenNameHeader, TitleHeader, SuffixHeader, ClassHeader];

    /// <summary>Loads the files embedded in Docket.Core (<c>Resources/gazetteer/*.tsv</c>).</summary>
    public static GazetteerLoadResult LoadEmbedded()
    {
        var assembly = typeof(GazetteerLoader).Assembly;
        var files = new List<GazetteerFile>();
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            var marker = name.IndexOf("gazetteer", StringComparison.Ordinal);
            if (marker < 0 || !name.EndsWith(".tsv", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files.Add(new GazetteerFile(name[(marker + "gazetteer".Length + 1)..], reader.ReadToEnd()));
        }

        return Load(files);
    }

    public static GazetteerLoadResult Load(IEnumerable<GazetteerFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var state = new LoadState();
        foreach (var file in files)
        {
            ReadFile(file, state);
        }

        return state.Finish();
    }

    private static void ReadFile(GazetteerFile file, LoadState state)
    {
        string? header = null;
        var lines = file.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var lineNo = i + 1;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (header is null)
            {
                header = line;
                if (!Headers.Contains(header, StringComparer.Ordinal))
                {
                    state.Error(file.Name, lineNo, $"unknown header '{header.Replace('\t', ' ')}'; expected one of: {string.Join(" | ", Headers.Select(h => h.Replace('\t', ' ')))}");
                    return;
                }

                continue;
            }

            var cells = line.Split('\t');
            var expected = header.Count(c => c == '\t') + 1;
            if (cells.Length != expected)
            {
                state.Error(file.Name, lineNo, $"{cells.Length} columns, expected {expected} ({header.Replace('\t', ' ')}); columns are separated by tabs");
                continue;
            }

            var at = new Where(file.Name, lineNo);
            switch (header)
            {
                case EntryHeader: state.ReadEntry(cells, at); break;
                case DemonymHeader: state.Demonyms.Add((cells, at)); break;
                case OfficeHeader: state.Offices.Add((cells, at)); break;
                case GivenNameHeader: state.ReadGivenName(cells, at); break;
                case TitleHeader: state.ReadTitle(cells, at); break;
                case SuffixHeader: state.ReadSuffix(cells, at); break;
                default: state.ReadClass(cells, at); break;
            }
        }

        if (header is null)
        {
            state.Error(file.Name, 1, "no header line; the first line that is not a comment names the columns");
        }
    }

    private readonly record struct Where(string File, int Line)
    {
        public override string ToString() => $"{File}:{Line}";
    }

    private sealed class LoadState
    {
        private readonly List<GazetteerError> _errors = [];
        private readonly List<(GazetteerEntry Entry, string? ActsFor, Where At)> _entries = [];
        private readonly Dictionary<string, Where> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Id, Where At, bool Dependent)> _aliasKeys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, char> _given = new(FoldedComparer.Instance);
        private readonly List<(string, TitleKind)> _titles = [];
        private readonly Dictionary<string, NameSuffixKind> _suffixes = new(FoldedComparer.Instance);
        private readonly List<(string, string)> _classes = [];

        public List<(string[] Cells, Where At)> Demonyms { get; } = [];

        public List<(string[] Cells, Where At)> Offices { get; } = [];

        public void Error(string file, int line, string message) => _errors.Add(new GazetteerError(file, line, message));

        public void ReadEntry(string[] c, Where at)
        {
            var (id, typeText, kind, name, aliasText, actsFor, attrText) = (c[0].Trim(), c[1].Trim(), c[2].Trim(), c[3].Trim(), c[4], c[5].Trim(), c[6]);
            var ok = true;
            if (!IsId(id))
            {
                Fail(at, $"id '{id}' must be lower-case letters, digits and hyphens");
                ok = false;
            }
            else if (_ids.TryGetValue(id, out var first))
            {
                Fail(at, $"id '{id}' is already used at {first}");
                ok = false;
            }

            if (!TryParseType(typeText, out var type))
            {
                Fail(at, $"type '{typeText}' must be PERSON, ORG, GPE or SYSTEM");
                ok = false;
            }

            if (kind.Length == 0)
            {
                Fail(at, "kind is empty");
                ok = false;
            }

            if (name.Length == 0)
            {
                Fail(at, "name is empty");
                ok = false;
            }

            var aliases = new List<GazetteerAlias> { new(name, Dependent: false, RequiresArticle: false) };
            if (aliasText.Length > 0)
            {
                foreach (var raw in aliasText.Split('|'))
                {
                    var a = raw.Trim();
                    if (a.Length == 0 || a == "~")
                    {
                        Fail(at, "an alias is empty (two '|' in a row, or one at an end)");
                        ok = false;
                        continue;
                    }

                    var dependent = a[0] == '~';
                    a = dependent ? a[1..] : a;
                    var needsThe = a.StartsWith("the ", StringComparison.Ordinal);
                    aliases.Add(new GazetteerAlias(needsThe ? a[4..] : a, dependent, needsThe));
                }
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in attrText.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0 || eq == pair.Length - 1)
                {
                    Fail(at, $"attribute '{pair}' must be key=value");
                    ok = false;
                    continue;
                }

                if (!attributes.TryAdd(pair[..eq].Trim(), pair[(eq + 1)..].Trim()))
                {
                    Fail(at, $"attribute '{pair[..eq].Trim()}' is given twice");
                    ok = false;
                }
            }

            if (!ok)
            {
                return;
            }

            _ids[id] = at;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alias in aliases)
            {
                var key = string.Join(' ', Gazetteer.AliasTokens(alias.Text).Select(NameFolding.Fold));
                if (!seen.Add(key))
                {
                    Fail(at, $"alias '{alias.Text}' repeats another name of the same entry");
                }
                else if (_aliasKeys.TryGetValue(key, out var other))
                {
                    // Two people may share a dependent surname ("~Johnson"): the article's full name decides.
                    if (!(alias.Dependent && other.Dependent))
                    {
                        Fail(at, $"alias '{alias.Text}' also names '{other.Id}' ({other.At}); a name may denote one entry only (two people may share a surname only as dependent ~aliases)");
                    }
                }
                else
                {
                    _aliasKeys[key] = (id, at, alias.Dependent);
                }
            }

            var entry = new GazetteerEntry
            {
                Id = id,
                Type = type,
                Kind = kind,
                Name = name,
                Aliases = aliases,
                Attributes = attributes.ToFrozenDictionary(StringComparer.Ordinal),
                Source = at.ToString(),
            };
            _entries.Add((entry, actsFor.Length == 0 ? null : actsFor, at));
        }

        public void ReadGivenName(string[] c, Where at)
        {
            var name = c[0].Trim();
            var g = c[1].Trim();
            if (name.Length == 0 || g is not ("m" or "f" or "u"))
            {
                Fail(at, $"given name '{name}' needs a gender of m, f or u (got '{g}')");
                return;
            }

            if (!_given.TryAdd(name, g[0]))
            {
                Fail(at, $"given name '{name}' is listed twice");
            }
        }

        public void ReadTitle(string[] c, Where at)
        {
            var title = c[0].Trim();
            if (title.Length == 0 || !Enum.TryParse<TitleKind>(c[1].Trim(), ignoreCase: true, out var kind) || int.TryParse(c[1], out _))
            {
                Fail(at, $"title '{title}' needs a kind of honorific, rank, office or role (got '{c[1].Trim()}')");
                return;
            }

            _titles.Add((title, kind));
        }

        public void ReadSuffix(string[] c, Where at)
        {
            var word = c[0].Trim();
            if (word.Length == 0 || !Enum.TryParse<NameSuffixKind>(c[1].Trim(), ignoreCase: true, out var kind) || int.TryParse(c[1], out _))
            {
                Fail(at, $"suffix '{word}' needs a kind of org, outlet or place (got '{c[1].Trim()}')");
                return;
            }

            if (!_suffixes.TryAdd(word, kind))
            {
                Fail(at, $"suffix '{word}' is listed twice");
            }
        }

        public void ReadClass(string[] c, Where at)
        {
            var (label, cls) = (c[0].Trim(), c[1].Trim());
            if (label.Length == 0 || cls.Length == 0)
            {
                Fail(at, "a system class needs a label and a class");
                return;
            }

            _classes.Add((label, cls));
        }

        public GazetteerLoadResult Finish()
        {
            var byId = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
            foreach (var (entry, actsFor, at) in _entries)
            {
                if (actsFor is not null && !_ids.ContainsKey(actsFor))
                {
                    Fail(at, $"acts_for '{actsFor}' is not the id of any entry");
                }

                byId[entry.Id] = entry with { ActsForId = actsFor };
            }

            var offices = new Dictionary<string, List<OfficeTerm>>(StringComparer.Ordinal);
            foreach (var (c, at) in Offices)
            {
                ReadOffice(c, at, byId, offices);
            }

            var demonyms = new List<(string, GazetteerEntry)>();
            foreach (var (c, at) in Demonyms)
            {
                var id = c[0].Trim();
                if (!byId.TryGetValue(id, out var target))
                {
                    Fail(at, $"entity '{id}' is not the id of any entry");
                    continue;
                }

                foreach (var raw in c[1].Split('|'))
                {
                    var surface = raw.Trim();
                    if (surface.Length == 0)
                    {
                        Fail(at, "a demonym is empty (two '|' in a row, or one at an end)");
                        continue;
                    }

                    var key = string.Join(' ', Gazetteer.AliasTokens(surface).Select(NameFolding.Fold));
                    if (_aliasKeys.TryGetValue(key, out var other))
                    {
                        Fail(at, $"demonym '{surface}' is already a name of '{other.Id}' ({other.At})");
                        continue;
                    }

                    _aliasKeys[key] = (id, at, false);
                    demonyms.Add((surface, target));
                }
            }

            if (_errors.Count > 0)
            {
                return new GazetteerLoadResult(null, _errors);
            }

            var entries = _entries
                .Select(e => byId[e.Entry.Id] is var x && offices.TryGetValue(x.Id, out var terms) ? x with { Offices = [.. terms.OrderBy(t => t.From)] } : x)
                .ToList();
            var gazetteer = new Gazetteer(
                entries,
                demonyms.Select(d => (d.Item1, entries.First(e => e.Id == d.Item2.Id))).ToList(),
                _given.ToFrozenDictionary(FoldedComparer.Instance),
                _titles,
                _suffixes.ToFrozenDictionary(FoldedComparer.Instance),
                _classes);
            return new GazetteerLoadResult(gazetteer, []);
        }

        private void ReadOffice(string[] c, Where at, Dictionary<string, GazetteerEntry> byId, Dictionary<string, List<OfficeTerm>> offices)
        {
            var (person, title, actsFor, fromText, toText) = (c[0].Trim(), c[1].Trim(), c[2].Trim(), c[3].Trim(), c[4].Trim());
            if (!byId.TryGetValue(person, out var entry) || entry.Type != EntityType.Person)
            {
                Fail(at, $"person '{person}' is not the id of a PERSON entry");
                return;
            }

            if (title.Length == 0)
            {
                Fail(at, "office is empty");
                return;
            }

            if (actsFor.Length > 0 && !byId.ContainsKey(actsFor))
            {
                Fail(at, $"acts_for '{actsFor}' is not the id of any entry");
                return;
            }

            if (!DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
            {
                Fail(at, $"from '{fromText}' is not a date (yyyy-MM-dd)");
                return;
            }

            DateOnly? to = null;
            if (toText.Length > 0)
            {
                if (!DateOnly.TryParseExact(toText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
                {
                    Fail(at, $"to '{toText}' is not a date (yyyy-MM-dd), nor empty for an office still held");
                    return;
                }

                if (t <= from)
                {
                    Fail(at, $"to {toText} is not after from {fromText}");
                    return;
                }

                to = t;
            }

            if (!offices.TryGetValue(person, out var list))
            {
                offices[person] = list = [];
            }

            list.Add(new OfficeTerm(title, actsFor.Length == 0 ? null : actsFor, from, to));
        }

        private void Fail(Where at, string message) => _errors.Add(new GazetteerError(at.File, at.Line, message));

        private static bool IsId(string id) =>
            id.Length > 0 && char.IsAsciiLetterLower(id[0]) | char.IsAsciiDigit(id[0]) && id.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-');

        private static bool TryParseType(string text, out EntityType type)
        {
            (var ok, type) = text switch
            {
                "PERSON" => (true, EntityType.Person),
                "ORG" => (true, EntityType.Org),
                "GPE" => (true, EntityType.Gpe),
                "SYSTEM" => (true, EntityType.System),
                _ => (false, EntityType.Person),
            };
            return ok;
        }
    }
}
