namespace Docket.Benchmarks;

/// <summary>Runs Docket's benchmarks beside the peers of ../shared/peers and prints ratios.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.WriteLine("usage: ./bench/run [extraction|timex|entities|analysis|neardup|all]");
        return args.Length == 0 ? 2 : 0;
    }
}
