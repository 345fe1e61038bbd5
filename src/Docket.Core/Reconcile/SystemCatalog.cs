namespace Docket.Core.Reconcile;

/// <summary>How far a system reaches, as news reporting sorts weapons.</summary>
public enum SystemReach
{
    /// <summary>Not a strike weapon, or reach not a matter of debate (tanks, air defence).</summary>
    Unclassified,

    /// <summary>Battlefield range (GMLRS rockets, about 80 km).</summary>
    Medium,

    /// <summary>"Long-range": deep strikes (ATACMS, Storm Shadow, Taurus).</summary>
    Long,
}

/// <summary>What kind of system it is, as far as class labels in the news distinguish.</summary>
public enum SystemKind
{
    /// <summary>Missiles, rockets and other strike munitions ("long-range weapons" covers these).</summary>
    StrikeMunition,

    /// <summary>Rocket launchers (HIMARS).</summary>
    Launcher,

    FighterAircraft,

    Tank,

    ArmouredVehicle,

    AirDefence,

    Drone,

    Artillery,

    Other,
}

/// <summary>
/// A named system the catalog knows: canonical name, aliases the news uses, and the traits that
/// class labels ("U.S.-made long-range weapons") select on.
/// </summary>
public sealed record CatalogSystem(string Name, SystemKind Kind, SystemReach Reach, string Origin, IReadOnlyList<string> Aliases);

/// <summary>
/// Knows which named systems a class label covers, so that a claim about a class of systems
/// bears on the question of each named member.
/// <para>
/// <b>The class rule.</b> A system label is a <i>class</i> when it names no known system and
/// says a reach ("long-range", "longer-range") or an origin ("U.S.-made", "American", "Western",
/// "British", "French", "German", "Soviet"), optionally narrowed by a kind ("missiles",
/// "rockets", "munitions", "fighter jets", "warplanes", "tanks", "air defence", "drones"). A
/// named system is a <i>member</i> of a class when it has every trait the label says
/// ("U.S.-made long-range weapons" covers ATACMS, not Storm Shadow; "long-range rockets" covers
/// ATACMS, not GMLRS). "Weapons", "arms", "systems" and "equipment" say no kind; with a reach
/// they mean strike munitions. A kind alone ("missiles", "fighter aircraft", "tanks") is not a
/// class: aid packages name such words for whatever they hold, so the label stays its own
/// question. Labels with an origin the catalog cannot read ("Czech-made", "Soviet-era" aside
/// from "Soviet") cover nothing: a class is never guessed.
/// </para>
/// <para>
/// <b>How the reconciler uses it.</b> A claim about a class bears on the question of every
/// member that has a question with the same supplier, recipient and aspect (it does not create
/// member questions), and ranks below a claim that names the member at the same time. A claim
/// about a named member never bears on the class question. A null system is general aid and is
/// not a class (see <see cref="QuestionKeying"/>).
/// </para>
/// </summary>
public sealed class SystemCatalog
{
    private readonly Dictionary<string, CatalogSystem> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<CatalogSystem> systems;

    public SystemCatalog(IEnumerable<CatalogSystem> systems)
    {
        ArgumentNullException.ThrowIfNull(systems);
        this.systems = [.. systems];
        foreach (var s in this.systems)
        {
            byName[s.Name] = s;
            foreach (var a in s.Aliases)
            {
                byName[a] = s;
            }
        }
    }

    /// <summary>The systems most debated in Western aid to Ukraine since 2022.</summary>
    public static SystemCatalog Default { get; } = new(
    [
        new("ATACMS", SystemKind.StrikeMunition, SystemReach.Long, "United States", ["Army Tactical Missile System", "Army Tactical Missile Systems", "MGM-140"]),
        new("Storm Shadow", SystemKind.StrikeMunition, SystemReach.Long, "United Kingdom", []),
        new("SCALP", SystemKind.StrikeMunition, SystemReach.Long, "France", ["SCALP-EG"]),
        new("Taurus", SystemKind.StrikeMunition, SystemReach.Long, "Germany", ["Taurus KEPD 350"]),
        new("JASSM", SystemKind.StrikeMunition, SystemReach.Long, "United States", []),
        new("GLSDB", SystemKind.StrikeMunition, SystemReach.Long, "United States", ["Ground-Launched Small Diameter Bomb"]),
        new("GMLRS", SystemKind.StrikeMunition, SystemReach.Medium, "United States", []),
        new("HARM", SystemKind.StrikeMunition, SystemReach.Unclassified, "United States", ["AGM-88"]),
        new("Javelin", SystemKind.StrikeMunition, SystemReach.Unclassified, "United States", []),
        new("Stinger", SystemKind.AirDefence, SystemReach.Unclassified, "United States", []),
        new("Starstreak", SystemKind.AirDefence, SystemReach.Unclassified, "United Kingdom", []),
        new("HIMARS", SystemKind.Launcher, SystemReach.Medium, "United States", ["M142", "M142 HIMARS", "High Mobility Artillery Rocket System"]),
        new("MLRS", SystemKind.Launcher, SystemReach.Medium, "United States", ["M270"]),
        new("F-16", SystemKind.FighterAircraft, SystemReach.Unclassified, "United States", ["F16"]),
        new("MiG-29", SystemKind.FighterAircraft, SystemReach.Unclassified, "Soviet Union", ["MiG29"]),
        new("Mirage 2000", SystemKind.FighterAircraft, SystemReach.Unclassified, "France", []),
        new("Gripen", SystemKind.FighterAircraft, SystemReach.Unclassified, "Sweden", []),
        new("Abrams", SystemKind.Tank, SystemReach.Unclassified, "United States", ["M1 Abrams", "M-1 Abrams", "M1A1 Abrams"]),
        new("Leopard", SystemKind.Tank, SystemReach.Unclassified, "Germany", []),
        new("Challenger 2", SystemKind.Tank, SystemReach.Unclassified, "United Kingdom", []),
        new("T-72", SystemKind.Tank, SystemReach.Unclassified, "Soviet Union", ["T-72B"]),
        new("Marder", SystemKind.ArmouredVehicle, SystemReach.Unclassified, "Germany", []),
        new("Bradley", SystemKind.ArmouredVehicle, SystemReach.Unclassified, "United States", []),
        new("Patriot", SystemKind.AirDefence, SystemReach.Unclassified, "United States", []),
        new("NASAMS", SystemKind.AirDefence, SystemReach.Unclassified, "Norway", ["NASAM"]),
        new("IRIS-T", SystemKind.AirDefence, SystemReach.Unclassified, "Germany", ["IRIS-T SLM"]),
        new("S-300", SystemKind.AirDefence, SystemReach.Unclassified, "Soviet Union", []),
        new("Gepard", SystemKind.AirDefence, SystemReach.Unclassified, "Germany", []),
        new("Gray Eagle", SystemKind.Drone, SystemReach.Unclassified, "United States", ["MQ-1C"]),
        new("M777", SystemKind.Artillery, SystemReach.Unclassified, "United States", []),
    ]);

    public IReadOnlyList<CatalogSystem> Systems => systems;

    /// <summary>The catalog's entry for a name or alias, or null.</summary>
    public CatalogSystem? Find(string? name) =>
        name is not null && byName.TryGetValue(name.Trim(), out var s) ? s : null;

    /// <summary>The canonical spelling of a known system ("Army Tactical Missile System" -> "ATACMS"),
    /// else the name trimmed; null stays null.</summary>
    public string? Canonical(string? name) => name is null ? null : Find(name)?.Name ?? name.Trim();

    /// <summary>True when <paramref name="label"/> is a class label (not a known system) that covers
    /// <paramref name="system"/> under the class rule in the type's documentation.</summary>
    public bool Covers(string? label, string? system)
    {
        if (label is null || system is null || Find(label) is not null)
        {
            return false;
        }

        var member = Find(system);
        if (member is null)
        {
            return false;
        }

        var traits = ClassTraits.Read(label);
        return traits.SaysSomething && traits.Admits(member);
    }

    /// <summary>True when <paramref name="label"/> reads as a class label (it names no known system and
    /// says a trait the catalog understands).</summary>
    public bool IsClass(string? label) => label is not null && Find(label) is null && ClassTraits.Read(label).SaysSomething;

    /// <summary>The traits a class label states. An unreadable origin makes the label cover nothing.</summary>
    private readonly record struct ClassTraits(SystemReach? Reach, IReadOnlyList<string>? Origins, IReadOnlyList<SystemKind>? Kinds, bool Unreadable)
    {
        private static readonly string[] Western = ["United States", "United Kingdom", "France", "Germany", "Norway", "Sweden"];

        public bool SaysSomething => !Unreadable && (Reach is not null || Origins is not null);

        public bool Admits(CatalogSystem s) =>
            (Reach is null || s.Reach == Reach)
            && (Origins is null || Origins.Contains(s.Origin, StringComparer.Ordinal))
            && (Kinds is null || Kinds.Contains(s.Kind));

        public static ClassTraits Read(string label)
        {
            var l = label.ToLowerInvariant();
            SystemReach? reach = l.Contains("long-range", StringComparison.Ordinal) || l.Contains("longer-range", StringComparison.Ordinal)
                || l.Contains("long range", StringComparison.Ordinal) || l.Contains("longer range", StringComparison.Ordinal)
                ? SystemReach.Long
                : null;

            IReadOnlyList<string>? origins = null;
            var unreadable = false;
            if (l.Contains("u.s.", StringComparison.Ordinal) || l.Contains("us-made", StringComparison.Ordinal) || l.Contains("american", StringComparison.Ordinal))
            {
                origins = ["United States"];
            }
            else if (l.Contains("western", StringComparison.Ordinal))
            {
                origins = Western;
            }
            else if (l.Contains("british", StringComparison.Ordinal) || l.Contains("uk-made", StringComparison.Ordinal))
            {
                origins = ["United Kingdom"];
            }
            else if (l.Contains("french", StringComparison.Ordinal))
            {
                origins = ["France"];
            }
            else if (l.Contains("german", StringComparison.Ordinal))
            {
                origins = ["Germany"];
            }
            else if (l.Contains("soviet", StringComparison.Ordinal))
            {
                origins = ["Soviet Union"];
            }
            else if (l.Contains("-made", StringComparison.Ordinal) || l.Contains("-era", StringComparison.Ordinal))
            {
                // An origin the catalog does not map ("Czech-made"): cover nothing rather than guess.
                unreadable = true;
            }

            IReadOnlyList<SystemKind>? kinds = null;
            if (l.Contains("missile", StringComparison.Ordinal) || l.Contains("rocket", StringComparison.Ordinal) || l.Contains("munition", StringComparison.Ordinal))
            {
                kinds = [SystemKind.StrikeMunition];
            }
            else if (l.Contains("fighter", StringComparison.Ordinal) || l.Contains("warplane", StringComparison.Ordinal) || l.Contains("jet", StringComparison.Ordinal))
            {
                kinds = [SystemKind.FighterAircraft];
            }
            else if (l.Contains("tank", StringComparison.Ordinal))
            {
                kinds = [SystemKind.Tank];
            }
            else if (l.Contains("air defen", StringComparison.Ordinal))
            {
                kinds = [SystemKind.AirDefence];
            }
            else if (l.Contains("drone", StringComparison.Ordinal))
            {
                kinds = [SystemKind.Drone];
            }
            else if (reach is not null)
            {
                // "long-range weapons", "long-range systems", "longer-range equipment": strike munitions.
                kinds = [SystemKind.StrikeMunition];
            }

            return new ClassTraits(reach, origins, kinds, unreadable);
        }
    }
}
