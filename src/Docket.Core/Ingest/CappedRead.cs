using System.Buffers.Binary;
using System.IO.Compression;
using Docket.Domain;

namespace Docket.Core.Ingest;

/// <summary>
/// Reads a stream into memory with a byte cap, and undoes gzip with the same cap, so that a
/// huge file or a gzip bomb stops at the limit with a failure instead of filling memory.
/// </summary>
internal static class CappedRead
{
    /// <summary>The two bytes every gzip stream starts with.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    /// <summary>All of <paramref name="stream"/>, or a failure once it passes <paramref name="cap"/> bytes.</summary>
    public static async Task<Outcome<byte[]>> ReadAllAsync(string input, Stream stream, long cap, string what, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            if (buffer.Length + n > cap)
            {
                return Outcome<byte[]>.Fail(input, $"{what} is larger than the {Size(cap)} limit; split it or raise the limit");
            }

            buffer.Write(chunk, 0, n);
        }

        return Outcome<byte[]>.Success(buffer.ToArray());
    }

    /// <summary>Decompresses a whole gzip file held in memory. Fails, naming the input, when the
    /// output passes <paramref name="cap"/> (a gzip bomb), when the data is corrupt, and when
    /// the stream is cut off (its trailer's length does not match what came out).</summary>
    public static async Task<Outcome<byte[]>> GunzipAsync(string input, byte[] compressed, long cap, CancellationToken cancellationToken)
    {
        if (compressed.Length < 18)
        {
            return Outcome<byte[]>.Fail(input, "gzip file is truncated (shorter than a gzip header and trailer)");
        }

        Outcome<byte[]> result;
        try
        {
            using var gz = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
            result = await ReadAllAsync(input, gz, cap, "decompressed gzip data", cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            return Outcome<byte[]>.Fail(input, $"gzip data is corrupt ({ex.Message})");
        }

        if (!result.TryGetValue(out var bytes))
        {
            return result;
        }

        return TrailerMatches(compressed, bytes.LongLength)
            ? result
            : Outcome<byte[]>.Fail(input, "gzip file is truncated or corrupt (its trailer does not match the decompressed length)");
    }

    /// <summary>
    /// .NET's inflater stops quietly at the end of a cut-off stream, so a truncated file must be
    /// caught here: the last four bytes of a gzip member hold its length modulo 2^32.
    /// (Multi-member files whose last member is not the whole content are reported as truncated;
    /// they are rare for articles.)
    /// </summary>
    public static bool TrailerMatches(ReadOnlySpan<byte> compressed, long decompressedLength) =>
        compressed.Length >= 18 && BinaryPrimitives.ReadUInt32LittleEndian(compressed[^4..]) == (uint)(decompressedLength & 0xFFFFFFFF);

    public static string Size(long bytes) => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MB"
        : $"{bytes}-byte";
}

/// <summary>A read-only stream that counts what passes through it and fails past a cap: used
/// where a large input is streamed (JSON Lines) instead of loaded whole.</summary>
internal sealed class CountingStream : Stream
{
    private readonly Stream _inner;
    private readonly long _cap;

    public CountingStream(Stream inner, long cap)
    {
        _inner = inner;
        _cap = cap;
    }

    public long Count { get; private set; }

    public bool CapExceeded { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Count;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Track(_inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Track(await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Track(await _inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Track(int n)
    {
        Count += n;
        if (Count > _cap)
        {
            // Ends the stream early: the reader sees end-of-input and the caller reports the cap.
            CapExceeded = true;
            return 0;
        }

        return n;
    }
}
