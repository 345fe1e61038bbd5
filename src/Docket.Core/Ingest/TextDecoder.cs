using System.Text;
using System.Text.Unicode;

namespace Docket.Core.Ingest;

/// <summary>Text decoded from bytes, with the encoding used and a note when it was a guess.</summary>
internal readonly record struct DecodedText(string Text, string Encoding, string? Note);

/// <summary>
/// Decodes the bytes of a text input. A byte-order mark wins (UTF-8, UTF-16, UTF-32); then a
/// charset the container declared (HTTP Content-Type, an HTML meta tag); then UTF-8 when the
/// bytes are valid UTF-8; otherwise Windows-1252, the encoding that mis-labelled Western news
/// pages almost always use, with a note saying so. Never throws: invalid sequences in a declared
/// encoding become U+FFFD.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding Utf8Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(Utf8Lenient.GetString(bytes[3..]), "utf-8", null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new DecodedText(new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes[4..]), "utf-32", null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetString(bytes[2..]), "utf-16", null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(new UnicodeEncoding(bigEndian: true, byteOrderMark: false).GetString(bytes[2..]), "utf-16be", null);
        }

        string? note = null;
        if (!string.IsNullOrWhiteSpace(declaredCharset))
        {
            var declared = Resolve(declaredCharset);
            if (declared is not null)
            {
                // A declared UTF-8 that is not valid UTF-8 is the commonest mislabel: fall
                // through to the Windows-1252 guess rather than fill the text with U+FFFD.
                if (declared.CodePage != Encoding.UTF8.CodePage || Utf8.IsValid(bytes))
                {
                    return new DecodedText(declared.GetString(bytes), declared.WebName, null);
                }

                note = $"declared charset '{declaredCharset}' does not match the bytes";
            }
            else
            {
                note = $"unknown charset '{declaredCharset}' ignored";
            }
        }

        if (Utf8.IsValid(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", note);
        }

        var fallback = Windows1252();
        var reason = $"not valid UTF-8; decoded as {fallback.WebName}";
        return new DecodedText(fallback.GetString(bytes), fallback.WebName, note is null ? reason : $"{note}; {reason}");
    }

    /// <summary>The encoding a charset label names, or null when it names none we have.</summary>
    public static Encoding? Resolve(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return Encoding.UTF8;
            case "utf-16" or "utf-16le" or "unicode":
                return Encoding.Unicode;
            case "utf-16be":
                return Encoding.BigEndianUnicode;
            case "us-ascii" or "ascii":
                // Pages labelled ASCII routinely hold Windows-1252 punctuation; WHATWG decodes them so.
                return Windows1252();
            case "iso-8859-1" or "latin1" or "latin-1" or "l1":
                // WHATWG: "iso-8859-1" means windows-1252 on the web.
                return Windows1252();
            default:
                return CodePagesEncodingProvider.Instance.GetEncoding(name);
        }
    }

    private static Encoding Windows1252() =>
        CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;
}
