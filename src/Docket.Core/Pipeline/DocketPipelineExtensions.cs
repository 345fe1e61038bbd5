using Docket.Core.Cleaning;

namespace Docket.Core.Pipeline;

/// <summary>The <c>UseXxx()</c> switches that add features to a pipeline, in their defined order.</summary>
public static class DocketPipelineExtensions
{
    /// <summary>Cleaning: main text, boilerplate, Unicode, metadata, identity.</summary>
    public static DocketPipelineBuilder UseCleaning(this DocketPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new IdentityStage());
    }

    /// <summary>Everything Docket does by default.</summary>
    public static DocketPipelineBuilder UseDefaults(this DocketPipelineBuilder builder) => builder.UseCleaning();
}
