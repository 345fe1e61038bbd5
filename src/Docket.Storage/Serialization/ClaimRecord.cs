using System.Buffers;
using System.Globalization;
using System.Text;
using Docket.Domain.Decisions;
using Docket.Domain.Text;
using Docket.Domain.Time;

namespace Docket.Storage.Serialization;

/// <summary>
/// A claim's immutable fields packed into one compact blob (the <c>claims.record</c> column), so
/// that a status query reads one value per claim, from a covering index, instead of two dozen
/// columns from scattered table rows. The columns stay the queryable form; the record is the
/// read form, written with them and never edited (the story group, which merges may rewrite, is
/// not in it).
/// <para>Layout (version 1): a version byte, then the span ends as unsigned LEB128 varints
/// (evidence start, end; trigger start, end), a flags byte (1: the article presents it as a change;
/// 2: the publication date is estimated), then strings, each a varint of its UTF-8 length plus one
/// (0: null) and its bytes: id, article id, type, actor, recipient, system, aspect, polarity,
/// certainty, scope, event date, outlet, published, ingested at, rule, evidence text; then the
/// number of sources and each source. Vocabularies are gold names ("AUTHORIZE", "use"), dates ISO,
/// as in the columns, so the record does not depend on enum numbering.</para>
/// </summary>
internal static class ClaimRecord
{
    public const byte Version = 1;

    public static byte[] Encode(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var e = claim.Event;
        var w = new ArrayBufferWriter<byte>(256 + (claim.EvidenceText.Length * 2));
        w.Write([Version]);
        Varint(w, e.Evidence.Start);
        Varint(w, e.Evidence.End);
        Varint(w, e.Trigger.Start);
        Varint(w, e.Trigger.End);
        w.Write([(byte)((e.IsChange ? 1 : 0) | (claim.PublishedEstimated ? 2 : 0))]);
        Text(w, claim.Id);
        Text(w, claim.ArticleId);
        Text(w, GoldNames.Of(e.Type));
        Text(w, e.Actor);
        Text(w, e.Recipient);
        Text(w, e.System);
        Text(w, e.Aspect is { } a ? GoldNames.Of(a) : null);
        Text(w, GoldNames.Of(e.Polarity));
        Text(w, GoldNames.Of(e.Certainty));
        Text(w, e.Scope);
        Text(w, e.Date?.ToString());
        Text(w, claim.Outlet);
        Text(w, claim.Published?.ToString());
        Text(w, claim.Ingested.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
        Text(w, e.Rule);
        Text(w, claim.EvidenceText);
        Varint(w, e.Sources.Count);
        foreach (var s in e.Sources)
        {
            Text(w, s);
        }

        return w.WrittenSpan.ToArray();
    }

    private static void Varint(ArrayBufferWriter<byte> w, int value)
    {
        var v = (uint)value;
        var span = w.GetSpan(5);
        var n = 0;
        while (v >= 0x80)
        {
            span[n++] = (byte)(v | 0x80);
            v >>= 7;
        }

        span[n++] = (byte)v;
        w.Advance(n);
    }

    private static void Text(ArrayBufferWriter<byte> w, string? s)
    {
        if (s is null)
        {
            Varint(w, 0);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(s);
        Varint(w, length + 1);
        Encoding.UTF8.GetBytes(s, w.GetSpan(length));
        w.Advance(length);
    }

    /// <summary>
    /// Decodes records into claims for one query. It interns the strings that repeat across claims
    /// (parties, systems, outlets, vocabulary names, dates, ingest times, sources), so thousands of
    /// claims share them and each distinct date or time is parsed once. Not thread-safe.
    /// </summary>
    internal sealed class Reader
    {
        private static readonly Dictionary<string, EventType> Types = Names<EventType>(GoldNames.Of);
        private static readonly Dictionary<string, Aspect> Aspects = Names<Aspect>(GoldNames.Of);
        private static readonly Dictionary<string, Polarity> Polarities = Names<Polarity>(GoldNames.Of);
        private static readonly Dictionary<string, Certainty> Certainties = Names<Certainty>(GoldNames.Of);

        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly Dictionary<string, PartialDate?> _dates = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DateTimeOffset> _times = new(StringComparer.Ordinal);
        private char[] _chars = new char[512];

        public Reader()
        {
            _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>The claim a record holds, in the story group given as UTF-8 (stored beside the record).</summary>
        public Claim Read(ReadOnlySpan<byte> record, ReadOnlySpan<byte> storyGroupUtf8) =>
            Read(record, Intern(storyGroupUtf8));

        /// <summary>The claim a record holds, in the story group given (stored beside the record).</summary>
        public Claim Read(ReadOnlySpan<byte> record, string storyGroup)
        {
            if (record.Length == 0 || record[0] != Version)
            {
                throw new StoreException($"a claim record of story group {storyGroup} has an unknown layout (version {(record.Length == 0 ? "none" : record[0].ToString(CultureInfo.InvariantCulture))})");
            }

            var p = 1;
            var evidenceStart = Varint(record, ref p);
            var evidenceEnd = Varint(record, ref p);
            var triggerStart = Varint(record, ref p);
            var triggerEnd = Varint(record, ref p);
            var flags = record[p++];
            var id = Fresh(record, ref p)!;
            var articleId = Fresh(record, ref p)!;
            var type = Types.GetValueOrDefault(Shared(record, ref p)!, EventType.Support);
            var actor = Shared(record, ref p);
            var recipient = Shared(record, ref p);
            var system = Shared(record, ref p);
            var aspect = Shared(record, ref p) is { } a && Aspects.TryGetValue(a, out var asp) ? asp : (Aspect?)null;
            var polarity = Polarities.GetValueOrDefault(Shared(record, ref p)!, Polarity.Positive);
            var certainty = Certainties.GetValueOrDefault(Shared(record, ref p)!, Certainty.Asserted);
            var scope = Shared(record, ref p);
            var date = DateOf(Shared(record, ref p));
            var outlet = Shared(record, ref p);
            var published = DateOf(Shared(record, ref p));
            var ingested = TimeOf(Shared(record, ref p));
            var rule = Shared(record, ref p) ?? string.Empty;
            var evidence = Fresh(record, ref p) ?? string.Empty;
            var count = Varint(record, ref p);
            var sources = count == 0 ? [] : new string[count];
            for (var i = 0; i < count; i++)
            {
                sources[i] = Shared(record, ref p) ?? string.Empty;
            }

            return new Claim
            {
                Id = id,
                ArticleId = articleId,
                Outlet = outlet,
                Published = published,
                PublishedEstimated = (flags & 2) != 0,
                Ingested = ingested,
                StoryGroup = storyGroup,
                EvidenceText = evidence,
                Event = new DecisionEvent
                {
                    Type = type,
                    Actor = actor,
                    Recipient = recipient,
                    System = system,
                    Aspect = aspect,
                    Polarity = polarity,
                    Certainty = certainty,
                    Scope = scope,
                    Date = date,
                    Sources = sources,
                    Evidence = new TextSpan(evidenceStart, evidenceEnd),
                    Trigger = new TextSpan(triggerStart, triggerEnd),
                    IsChange = (flags & 1) != 0,
                    Rule = rule,
                },
            };
        }

        private static Dictionary<string, TEnum> Names<TEnum>(Func<TEnum, string> name)
            where TEnum : struct, Enum =>
            Enum.GetValues<TEnum>().ToDictionary(name, v => v, StringComparer.Ordinal);

        private static int Varint(ReadOnlySpan<byte> s, ref int p)
        {
            uint v = 0;
            var shift = 0;
            byte b;
            do
            {
                b = s[p++];
                v |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0 && shift < 35);

            return (int)v;
        }

        /// <summary>A string that rarely repeats (ids, evidence): decoded, not interned.</summary>
        private static string? Fresh(ReadOnlySpan<byte> s, ref int p)
        {
            var length = Varint(s, ref p) - 1;
            if (length < 0)
            {
                return null;
            }

            var text = Encoding.UTF8.GetString(s.Slice(p, length));
            p += length;
            return text;
        }

        /// <summary>A string that repeats across claims: one instance per distinct value.</summary>
        private string? Shared(ReadOnlySpan<byte> s, ref int p)
        {
            var length = Varint(s, ref p) - 1;
            if (length < 0)
            {
                return null;
            }

            var bytes = s.Slice(p, length);
            p += length;
            return Intern(bytes);
        }

        /// <summary>The one string instance of these UTF-8 bytes in this reader.</summary>
        private string Intern(ReadOnlySpan<byte> bytes)
        {
            var length = bytes.Length;
            if (_chars.Length < length)
            {
                _chars = new char[length * 2];
            }

            var chars = _chars.AsSpan(0, Encoding.UTF8.GetChars(bytes, _chars));
            if (_lookup.TryGetValue(chars, out var known))
            {
                return known;
            }

            var text = chars.ToString();
            _strings[text] = text;
            return text;
        }

        private PartialDate? DateOf(string? iso)
        {
            if (iso is null)
            {
                return null;
            }

            if (!_dates.TryGetValue(iso, out var d))
            {
                d = PartialDate.TryParse(iso, out var parsed) ? parsed : null;
                _dates[iso] = d;
            }

            return d;
        }

        private DateTimeOffset TimeOf(string? iso)
        {
            if (iso is null)
            {
                return default;
            }

            if (!_times.TryGetValue(iso, out var t))
            {
                t = DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ? parsed : default;
                _times[iso] = t;
            }

            return t;
        }
    }
}
