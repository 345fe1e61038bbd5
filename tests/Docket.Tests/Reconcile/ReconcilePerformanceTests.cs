using System.Diagnostics;
using Docket.Core.Reconcile;
using static Docket.Tests.Reconcile.ClaimFactory;

namespace Docket.Tests.Reconcile;

public sealed class ReconcilePerformanceTests
{
    [Fact]
    public void OneHundredThousandArticlesOfClaimsOnOneQuestionReconcileInLinearishTime()
    {
        var claims = ReconcileWorkload.OneQuestion(100_000, seed: 17);
        var question = Question();
        StatusReconciler.Default.Query(claims, question); // warm up the JIT

        var best = TimeSpan.MaxValue;
        QuestionStatus? status = null;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            status = StatusReconciler.Default.Query(claims, question, asOf: new DateOnly(2025, 3, 1));
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{claims.Count:N0} claims on one question: best of 3 {best.TotalMilliseconds:F1} ms; "
            + $"{status!.Timeline.Transitions.Count} transitions, {status.Timeline.Signals.Count} signals, {status.Timeline.Contradictions.Count} contradictions");
        Assert.Equal(20, status!.Timeline.Transitions.Count);

        // A loose bound for shared CI machines: it catches a quadratic regression, not a slowdown.
        // The target (well under 50 ms on a quiet machine) is for the benchmark project.
        Assert.True(best < TimeSpan.FromSeconds(3), $"took {best.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void DoublingTheClaimsRoughlyDoublesTheTime()
    {
        var small = ReconcileWorkload.OneQuestion(25_000, seed: 3);
        var large = ReconcileWorkload.OneQuestion(100_000, seed: 3);
        var q = Question();
        StatusReconciler.Default.Query(small, q);
        StatusReconciler.Default.Query(large, q);

        var ts = Best(() => StatusReconciler.Default.Query(small, q));
        var tl = Best(() => StatusReconciler.Default.Query(large, q));

        TestContext.Current.TestOutputHelper?.WriteLine($"25k: {ts.TotalMilliseconds:F1} ms, 100k: {tl.TotalMilliseconds:F1} ms");

        // Four times the claims: n log n gives about 4.5x; quadratic would give 16x. Allow noise.
        Assert.True(tl.TotalMilliseconds < ts.TotalMilliseconds * 10, $"25k {ts.TotalMilliseconds:F0} ms, 100k {tl.TotalMilliseconds:F0} ms");
    }

    private static TimeSpan Best(Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var w = Stopwatch.StartNew();
            action();
            best = w.Elapsed < best ? w.Elapsed : best;
        }

        return best;
    }
}
