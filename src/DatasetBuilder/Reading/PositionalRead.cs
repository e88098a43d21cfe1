using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace DatasetBuilder.Reading;

/// <summary>Positional reads that fill their whole buffer (one <see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/> may return fewer bytes).</summary>
internal static class PositionalRead
{
    /// <summary>Fills <paramref name="destination"/> from <paramref name="offset"/> on; false when the file ends first.</summary>
    public static bool TryReadExactly(SafeFileHandle handle, Span<byte> destination, long offset)
    {
        while (destination.Length > 0)
        {
            var read = RandomAccess.Read(handle, destination, offset);
            if (read == 0)
            {
                return false;
            }

            destination = destination[read..];
            offset += read;
        }

        return true;
    }

    /// <summary>
    /// Reads the <paramref name="length"/> bytes the file at <paramref name="path"/> holds into <paramref name="buffer"/> (pooled), as File.ReadAllBytes does (a
    /// file that reports no length is read to its end, into a larger pooled buffer as needed, but no further than one byte past
    /// <paramref name="maxBytes"/>: a character device such as /dev/zero reports no length and never ends); the number of bytes read.
    /// </summary>
    public static int ReadFile(string path, long length, ref byte[] buffer, long maxBytes = int.MaxValue - 1)
    {
        // No array holds more (and a length-less file is read one byte past the bound, to tell it is over).
        maxBytes = Math.Min(maxBytes, Array.MaxLength - 1);

        // Three system calls instead of six where the platform allows; any failure is retried below for the runtime's own error.
        if (UnixFileRead.TryReadFile(path, length, maxBytes, ref buffer, out var fast))
        {
            return fast;
        }

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var total = 0;
        while (length == 0 ? total <= maxBytes : total < length)
        {
            if (total == buffer.Length)
            {
                Grow(ref buffer);
            }

            var n = RandomAccess.Read(handle, buffer.AsSpan(total, Wanted(length, maxBytes, total, buffer.Length)), total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    /// <summary>
    /// How many bytes the next read asks for: up to the file's <paramref name="length"/>, or when it reports none up to one byte
    /// past <paramref name="maxBytes"/>; never more than the buffer has room for.
    /// </summary>
    internal static int Wanted(long length, long maxBytes, int total, int bufferLength) =>
        (int)Math.Min(bufferLength - total, (length == 0 ? maxBytes + 1 : length) - total);

    /// <summary>Replaces a full pooled <paramref name="buffer"/> by a pooled one twice as large that starts with its bytes.</summary>
    internal static void Grow(ref byte[] buffer)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(buffer.Length * 2L, 4096, Array.MaxLength)); // an empty buffer grows too
        buffer.AsSpan().CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}
