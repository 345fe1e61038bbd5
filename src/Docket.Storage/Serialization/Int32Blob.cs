using System.Buffers.Binary;

namespace Docket.Storage.Serialization;

/// <summary>Integer arrays (source maps, paragraph spans) as compact little-endian blobs.</summary>
internal static class Int32Blob
{
    public static byte[] Encode(IReadOnlyList<int> values)
    {
        var bytes = new byte[values.Count * 4];
        for (var i = 0; i < values.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), values[i]);
        }

        return bytes;
    }

    public static int[] Decode(byte[] bytes)
    {
        var values = new int[bytes.Length / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(i * 4));
        }

        return values;
    }
}
