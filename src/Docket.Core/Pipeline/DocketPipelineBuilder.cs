using System.Collections.Immutable;

namespace Docket.Core.Pipeline;

/// <summary>
/// Mutable builder of a <see cref="DocketPipeline"/>. Add stages with the <c>UseXxx()</c>
/// extensions in <see cref="DocketPipelineExtensions"/>; <see cref="Build"/> freezes them.
/// </summary>
public sealed class DocketPipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];

    /// <summary>The clock used for ingest times; tests inject a fixed one.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public IReadOnlyList<IPipelineStage> Stages => _stages;

    /// <summary>Adds a stage at the end, unless a stage of the same type is already there.</summary>
    public DocketPipelineBuilder Add(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (!_stages.Exists(s => s.GetType() == stage.GetType()))
        {
            _stages.Add(stage);
        }

        return this;
    }

    /// <summary>Freezes the stages into an immutable pipeline, ending with
    /// <see cref="AnchorSpansStage"/> so every stored span points into the original text.</summary>
    public DocketPipeline Build() => new([.. _stages.Where(s => s is not AnchorSpansStage), new AnchorSpansStage()], Clock);
}
