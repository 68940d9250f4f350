using System.Text.Encodings.Web;

namespace Runc.Libcontainer.Spec;

/// <summary>Escapes strings exactly as Go's encoding/json (go1.19, the toolchain of Debian's runc 1.1.5): ", \ and
/// control characters, plus &lt; &gt; &amp; U+2028 U+2029 (HTML-safe); \n \r \t short, everything else as \u00xx
/// in lowercase hex; all other characters, emoji included, raw. (The built-in encoders differ: uppercase hex,
/// escaped non-BMP characters, \b \f.) A lone surrogate reaches the output as a raw U+FFFD: STJ replaces it while
/// transcoding, like Go's decoder does with invalid UTF-8.</summary>
public sealed class GoJsonEncoder : JavaScriptEncoder
{
    public static readonly GoJsonEncoder Instance = new();

    private const string Hex = "0123456789abcdef";

    private GoJsonEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (int i = 0; i < textLength; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < textLength && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c) || NeedsEscaping(c))
            {
                return i;
            }
        }
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        numberOfCharactersWritten = 0;
        if (!WillEncode(unicodeScalar))
        {
            // Not ours to escape: write the scalar itself (one or two UTF-16 units).
            if (unicodeScalar < 0x10000)
            {
                if (bufferLength < 1)
                {
                    return false;
                }
                buffer[0] = (char)unicodeScalar;
                numberOfCharactersWritten = 1;
                return true;
            }
            if (bufferLength < 2)
            {
                return false;
            }
            int v = unicodeScalar - 0x10000;
            buffer[0] = (char)(0xD800 + (v >> 10));
            buffer[1] = (char)(0xDC00 + (v & 0x3FF));
            numberOfCharactersWritten = 2;
            return true;
        }

        char shortForm = unicodeScalar switch
        {
            '"' => '"',
            '\\' => '\\',
            '\n' => 'n',
            '\r' => 'r',
            '\t' => 't',
            _ => '\0',
        };
        if (shortForm != '\0')
        {
            if (bufferLength < 2)
            {
                return false;
            }
            buffer[0] = '\\';
            buffer[1] = shortForm;
            numberOfCharactersWritten = 2;
            return true;
        }

        if (bufferLength < 6)
        {
            return false;
        }
        int code = unicodeScalar is >= 0xD800 and <= 0xDFFF ? 0xFFFD : unicodeScalar;
        buffer[0] = '\\';
        buffer[1] = 'u';
        buffer[2] = Hex[(code >> 12) & 0xF];
        buffer[3] = Hex[(code >> 8) & 0xF];
        buffer[4] = Hex[(code >> 4) & 0xF];
        buffer[5] = Hex[code & 0xF];
        numberOfCharactersWritten = 6;
        return true;
    }

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar is >= 0xD800 and <= 0xDFFF || (unicodeScalar < 0x10000 && NeedsEscaping((char)unicodeScalar));

    private static bool NeedsEscaping(char c) =>
        c < 0x20 || c is '"' or '\\' or '<' or '>' or '&' or '\u2028' or '\u2029';
}
