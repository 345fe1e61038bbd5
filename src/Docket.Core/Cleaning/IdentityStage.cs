using Docket.Core.Pipeline;

namespace Docket.Core.Cleaning;

/// <summary>Gives the article its stable content id and rejects documents with no body left.</summary>
public sealed class IdentityStage : IPipelineStage
{
    public string Name => "identity";

    public void Process(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ArticleIdentity.Normalize(context.Body).Length == 0)
        {
            context.Reject("no article text found (the document is empty or holds only markup/boilerplate)");
            return;
        }

        context.ArticleId = ArticleIdentity.Compute(context.Body);
    }
}
