using System.IO.Compression;
using System.Text;
using Docket.Core.Ingest;
using Docket.Domain;
using Docket.Domain.Articles;

namespace Docket.Tests.Ingest;

/// <summary>A temporary folder for one test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "docket-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

/// <summary>Helpers shared by the ingest tests.</summary>
internal static class Ingest
{
    public static byte[] Gzip(byte[] bytes)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(bytes);
        }

        return ms.ToArray();
    }

    public static byte[] Gzip(string text) => Gzip(Encoding.UTF8.GetBytes(text));

    public static async Task<List<Outcome<RawDocument>>> ReadAll(InputReader reader, params string[] inputs)
    {
        var results = new List<Outcome<RawDocument>>();
        await foreach (var o in reader.ReadAsync(inputs, TestContext.Current.CancellationToken))
        {
            results.Add(o);
        }

        return results;
    }

    public static async Task<List<Outcome<RawDocument>>> ReadAll(params string[] inputs)
    {
        using var reader = new InputReader();
        return await ReadAll(reader, inputs);
    }

    public static RawDocument Single(List<Outcome<RawDocument>> results)
    {
        var only = Assert.Single(results);
        Assert.True(only.IsSuccess, only.Failure?.ToString());
        return only.Value!;
    }

    public static Failure SingleFailure(List<Outcome<RawDocument>> results)
    {
        var only = Assert.Single(results);
        Assert.False(only.IsSuccess, "expected a failure");
        return only.Failure!;
    }

    /// <summary>A short article in the project's own words, for tests.</summary>
    public const string ArticleText =
        "Defence ministers met in a northern port on Tuesday to weigh a request for more air defence batteries.\n\n" +
        "Officials said no decision had been taken and that talks would continue next month.";
}
