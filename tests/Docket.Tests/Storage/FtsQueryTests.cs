using Docket.Storage.Sqlite;

namespace Docket.Tests.Storage;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("storm shadow", "\"storm\" \"shadow\"")]
    [InlineData("\"storm shadow\" missiles", "\"storm shadow\" \"missiles\"")]
    [InlineData("atacm*", "\"atacm\"*")]
    [InlineData("title:storm AND -shadow", "\"title\" \"storm\" \"AND\" \"shadow\"")]
    [InlineData("NEAR(storm", "\"NEAR\" \"storm\"")]
    [InlineData("\"unbalanced phrase", "\"unbalanced phrase\"")]
    [InlineData("U.S.-made", "\"U\" \"S\" \"made\"")]
    [InlineData("Київ", "\"Київ\"")]
    public void A_user_query_becomes_an_fts5_query_of_quoted_terms(string query, string expected)
    {
        Assert.Equal(expected, FtsQuery.From(query));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("\"\"")]
    [InlineData("-- ()")]
    public void A_query_without_words_has_no_fts5_form(string query)
    {
        Assert.Null(FtsQuery.From(query));
    }
}
