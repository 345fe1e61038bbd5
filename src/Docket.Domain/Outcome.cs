namespace Docket.Domain;

/// <summary>An expected failure: which input, and why, in words a user can act on.</summary>
public sealed record Failure(string Input, string Reason)
{
    public override string ToString() => $"{Input}: {Reason}";
}

/// <summary>The result of work that can fail for expected reasons (bad input): a value or a
/// <see cref="Failure"/>, never an exception.</summary>
public readonly record struct Outcome<T>
{
    private Outcome(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    public bool IsSuccess => Failure is null;

    public static Outcome<T> Success(T value) => new(value, null);

    public static Outcome<T> Fail(string input, string reason) => new(default, new Failure(input, reason));

    public static Outcome<T> Fail(Failure failure) => new(default, failure);

    public bool TryGetValue(out T value)
    {
        value = Value!;
        return IsSuccess;
    }
}
