using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// The MinHash signatures of a streaming build kept in a temporary file instead of memory (512 bytes per article at 128
/// permutations: the largest per-article state of the build). Slot i is at offset i × width × 4. Writes come a run of
/// consecutive slots at a time; positional reads are thread-safe. The file is deleted on dispose.
/// </summary>
internal sealed class SignatureSpill : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly int _width;

    public SignatureSpill(string path, int width)
    {
        _width = width;
        _handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
    }

    /// <summary>Writes <paramref name="signatures"/>, those of consecutive slots from <paramref name="firstSlot"/> on.</summary>
    public void Write(int firstSlot, ReadOnlySpan<uint> signatures) =>
        RandomAccess.Write(_handle, MemoryMarshal.AsBytes(signatures), Offset(firstSlot));

    /// <summary>Reads the signatures of consecutive slots from <paramref name="firstSlot"/> on into <paramref name="into"/> (a whole number of signatures).</summary>
    public void Read(int firstSlot, Span<uint> into)
    {
        if (!Reading.PositionalRead.TryReadExactly(_handle, MemoryMarshal.AsBytes(into), Offset(firstSlot)))
        {
            throw new InvalidDataException($"the signature spill ends before slot {firstSlot + (into.Length / _width)}");
        }
    }

    public void Dispose() => _handle.Dispose();

    private long Offset(int slot) => (long)slot * _width * sizeof(uint);
}
