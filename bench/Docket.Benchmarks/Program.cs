namespace Docket.Benchmarks;

/// <summary>Runs Docket's benchmarks beside the peers of ../shared/peers and prints ratios.
/// One case per file; this switch only dispatches.</summary>
internal static class Program
{
    private static int Main(string[] args) => args.FirstOrDefault() switch
    {
        "extraction" => ExtractionComparison.Run(args[1..]),
        "neardup" => NearDuplicateBenchmark.Run(args[1..]),
        "timex" => TimexBenchmark.Run(args[1..]),
        "entities" => EntitiesBenchmark.Run(args[1..]),
        "analysis" => AnalysisBenchmark.Run(args[1..]),
        "status" => StatusBenchmark.Run(args[1..]),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.WriteLine("usage: dotnet run -c Release --project bench/Docket.Benchmarks -- [extraction|neardup|timex|entities|analysis] [options]; bench/run NAME|all prepares the peers and runs them");
        return 2;
    }
}
