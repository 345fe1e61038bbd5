using Docket.Core.Analysis.Entities;

namespace Docket.Tests.Analysis.Entities;

public sealed class SystemClassLexiconTests
{
    [Theory]
    [InlineData("Kyiv asked for long-range missiles again.", "long-range missiles", "missile")]
    [InlineData("Poland offered Soviet fighter jets.", "Soviet fighter jets", "fighter-aircraft")]
    [InlineData("They need Western tanks.", "Western tanks", "tank")]
    [InlineData("The U.S.-made air defense systems arrived.", "U.S.-made air defense systems", "air-defense")]
    public void AClassLabelKeepsTheArticlesOwnWordsAndItsClass(string text, string label, string cls)
    {
        var found = Assert.Single(SystemClassLexicon.Find(text));
        Assert.Equal(label, found.Label);
        Assert.Equal(label, found.Span.Of(text));
        Assert.Equal(cls, found.Class);
    }

    [Fact]
    public void AClassLabelIsNeverASystemMention()
    {
        Assert.DoesNotContain(EntityRecognizer.Default.Recognize("Kyiv asked for long-range missiles and fighter jets."), m => m.Type == Docket.Domain.Analysis.EntityType.System);
    }
}
