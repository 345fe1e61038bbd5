using Docket.Core.Pipeline;

namespace Docket.Core.Analysis.Quantities;

/// <summary>
/// Pipeline stage "quantities": finds amounts with units in the cleaned body (body offsets; the
/// final anchoring stage maps them to the original text).
/// </summary>
public sealed class QuantityStage : IPipelineStage
{
    private readonly QuantityRecognizer _recognizer = new();

    public string Name => "quantities";

    public void Process(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Analysis = context.Analysis with { Quantities = _recognizer.Recognize(context.Body) };
    }
}
