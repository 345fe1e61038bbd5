namespace Docket.Storage;

/// <summary>
/// The store could not do its work for a reason outside Docket's control (a locked or full
/// disk, a damaged file). The message says what happened and what to do; nothing was half-written:
/// the batch in progress was rolled back.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
