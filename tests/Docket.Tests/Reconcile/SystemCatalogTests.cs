using Docket.Core.Reconcile;

namespace Docket.Tests.Reconcile;

public sealed class SystemCatalogTests
{
    [Theory]
    [InlineData("long-range rockets", "ATACMS", true)]
    [InlineData("U.S.-made long-range weapons", "ATACMS", true)]
    [InlineData("U.S.-made long-range weapons", "Storm Shadow", false)]
    [InlineData("Western long-range missiles", "Storm Shadow", true)]
    [InlineData("Western long-range missiles", "ATACMS", true)]
    [InlineData("longer-range equipment", "Taurus", true)]
    [InlineData("long-range rockets", "GMLRS", false)]
    [InlineData("long-range rockets", "HIMARS", false)]
    [InlineData("British missiles", "Storm Shadow", true)]
    [InlineData("Soviet-era tanks", "T-72", true)]
    [InlineData("Soviet-era tanks", "Leopard", false)]
    [InlineData("fighter aircraft", "F-16", false)]
    [InlineData("missiles", "Javelin", false)]
    [InlineData("Czech-made howitzers", "M777", false)]
    [InlineData("ATACMS", "ATACMS", false)]
    [InlineData("long-range rockets", "unknown system", false)]
    public void AClassLabelCoversTheMembersWithEveryTraitItSays(string label, string system, bool covers)
    {
        Assert.Equal(covers, SystemCatalog.Default.Covers(label, system));
    }

    [Theory]
    [InlineData("Army Tactical Missile System", "ATACMS")]
    [InlineData("himars", "HIMARS")]
    [InlineData("M-1 Abrams", "Abrams")]
    [InlineData("  howitzers ", "howitzers")]
    public void KnownAliasesResolveToTheCanonicalName(string name, string canonical)
    {
        Assert.Equal(canonical, SystemCatalog.Default.Canonical(name));
    }
}
