using Docket.Core.Analysis.Entities;
using Docket.Core.Reconcile;
using Docket.Domain.Analysis;

namespace Docket.Cli.Status;

/// <summary>
/// Turns the names a user types into the canonical names claims carry (GOLD-FORMAT.md):
/// parties through the entity gazetteer ("US", "U.S.", "Washington", "the Pentagon" -> "United
/// States"; "Kyiv" -> "Ukraine"), systems through the reconciler's catalog and the gazetteer
/// ("Army Tactical Missile System" -> "ATACMS"). A name neither knows is kept as typed (trimmed):
/// the store compares names case-insensitively, so "western partners" still finds "Western partners".
/// </summary>
internal sealed class NameResolver(Gazetteer gazetteer, SystemCatalog catalog)
{
    private static readonly Lazy<NameResolver> LazyDefault = new(() => new NameResolver(Gazetteer.Default, SystemCatalog.Default));

    /// <summary>The resolver over the embedded gazetteer (loaded on first use) and the default catalog.</summary>
    public static NameResolver Default => LazyDefault.Value;

    public SystemCatalog Catalog { get; } = catalog;

    /// <summary>The canonical name of a government, alliance or other party.</summary>
    public string Party(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (gazetteer.FindByName(trimmed) is not { } entry || entry.Type is EntityType.System or EntityType.Person)
        {
            // People act for different governments over time; a party filter names the government.
            return trimmed;
        }

        return entry.ActsForId is null ? entry.Name : gazetteer.ActsFor(entry, null) ?? entry.Name;
    }

    /// <summary>The canonical name of a system, or the label as typed (a class label such as "long-range missiles").</summary>
    public string System(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (Catalog.Find(trimmed) is { } known)
        {
            return known.Name;
        }

        return gazetteer.FindByName(trimmed) is { Type: EntityType.System } entry ? Catalog.Canonical(entry.Name) ?? entry.Name : trimmed;
    }
}
