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
}
