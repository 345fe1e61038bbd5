namespace Docket.Core.Pipeline;

/// <summary>
/// One step of the pipeline with one job (extract the main text, find dates, ...). Stages are
/// sealed, hold no per-document state and are safe to call from several threads: everything a
/// document needs lives in its <see cref="DocumentContext"/>.
/// </summary>
public interface IPipelineStage
{
    /// <summary>Short name shown in diagnostics and errors ("html-extraction").</summary>
    string Name { get; }

    /// <summary>Does this stage's job on one document. Expected bad input is reported with
    /// <see cref="DocumentContext.Reject"/>, not an exception.</summary>
    void Process(DocumentContext context);
}
