using Docket.Domain.Decisions;
using Docket.Domain.Text;
using Docket.Domain.Time;
using Docket.Storage.Serialization;
using FsCheck;
using FsCheck.Fluent;

namespace Docket.Tests.Storage;

/// <summary>The packed read form of a claim gives back every field it was made from.</summary>
public sealed class ClaimRecordTests
{
    [Fact]
    public void Any_claim_survives_a_round_trip_through_its_record()
    {
        // Article text is valid Unicode (lone surrogates cannot be stored as UTF-8 by SQLite either).
        var text = ArbMap.Default.GeneratorFor<string>().Select(s => s is null ? null : new string([.. s.Where(c => !char.IsSurrogate(c))]));
        var optional = Gen.OneOf(Gen.Constant<string?>(null), text.Select(s => (string?)(s ?? string.Empty)));
        var date = Gen.OneOf(
            Gen.Constant<PartialDate?>(null),
            Gen.Choose(1990, 2030).Select(y => (PartialDate?)new PartialDate(y)),
            Gen.Choose(1, 12).Select(m => (PartialDate?)new PartialDate(2024, m)),
            Gen.Choose(1, 28).Select(d => (PartialDate?)new PartialDate(2023, 10, d)));
        var claims =
            from type in Gen.Elements(Enum.GetValues<EventType>())
            from aspect in Gen.Elements<Aspect?>(null, Aspect.Transfer, Aspect.Use)
            from polarity in Gen.Elements(Enum.GetValues<Polarity>())
            from certainty in Gen.Elements(Enum.GetValues<Certainty>())
            from actor in optional
            from recipient in optional
            from system in optional
            from scope in optional
            from outlet in optional
            from evidence in text
            from sources in Gen.ListOf(text)
            from start in Gen.Choose(0, 2_000_000)
            from length in Gen.Choose(0, 5_000)
            from eventDate in date
            from published in date
            from flags in Gen.Choose(0, 3)
            select new Claim
            {
                Id = $"a{start}:{length}",
                ArticleId = $"a{start}",
                Outlet = outlet,
                Published = published,
                PublishedEstimated = (flags & 2) != 0,
                Ingested = new DateTimeOffset(2026, 11, 23, 9, 30, 15, TimeSpan.Zero).AddTicks(start),
                StoryGroup = "group",
                EvidenceText = evidence ?? string.Empty,
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
                    Date = eventDate,
                    Sources = [.. sources.Select(s => s ?? string.Empty)],
                    Evidence = TextSpan.FromLength(start, length),
                    Trigger = TextSpan.FromLength(start + (length / 2), length / 3),
                    IsChange = (flags & 1) != 0,
                    Rule = "rule:" + type,
                },
            };

        Prop.ForAll(claims.ToArbitrary(), claim =>
        {
            var back = new ClaimRecord.Reader().Read(ClaimRecord.Encode(claim), claim.StoryGroup);
            return Same(claim, back);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_reader_shares_one_instance_of_each_repeated_name()
    {
        var reader = new ClaimRecord.Reader();
        var a = reader.Read(ClaimRecord.Encode(Claim("x:0")), "g"u8);
        var b = reader.Read(ClaimRecord.Encode(Claim("y:0")), "g"u8);
        Assert.Same(a.Event.Actor, b.Event.Actor);
        Assert.Same(a.StoryGroup, b.StoryGroup);
        Assert.Equal("x:0", a.Id);
        Assert.Equal("y:0", b.Id);
    }

    [Fact]
    public void A_record_of_an_unknown_layout_is_a_store_error()
    {
        var bytes = ClaimRecord.Encode(Claim("x:0"));
        bytes[0] = 99;
        Assert.Throws<Docket.Storage.StoreException>(() => new ClaimRecord.Reader().Read(bytes, "g"));
    }

    private static Claim Claim(string id) => new()
    {
        Id = id,
        ArticleId = id[..1],
        StoryGroup = "g",
        EvidenceText = "Évidence — with non-ASCII text.",
        Event = new DecisionEvent
        {
            Type = EventType.Authorize,
            Actor = "United States",
            Recipient = "Ukraine",
            Evidence = new TextSpan(3, 40),
            Trigger = new TextSpan(3, 9),
            Rule = "r",
        },
    };

    private static bool Same(Claim a, Claim b) =>
        a.Id == b.Id && a.ArticleId == b.ArticleId && a.Outlet == b.Outlet && a.Published == b.Published
        && a.PublishedEstimated == b.PublishedEstimated && a.Ingested == b.Ingested && a.StoryGroup == b.StoryGroup
        && a.EvidenceText == b.EvidenceText && a.Event.Type == b.Event.Type && a.Event.Actor == b.Event.Actor
        && a.Event.Recipient == b.Event.Recipient && a.Event.System == b.Event.System && a.Event.Aspect == b.Event.Aspect
        && a.Event.Polarity == b.Event.Polarity && a.Event.Certainty == b.Event.Certainty && a.Event.Scope == b.Event.Scope
        && a.Event.Date == b.Event.Date && a.Event.Sources.SequenceEqual(b.Event.Sources) && a.Event.Evidence == b.Event.Evidence
        && a.Event.Trigger == b.Event.Trigger && a.Event.IsChange == b.Event.IsChange && a.Event.Rule == b.Event.Rule;
}
