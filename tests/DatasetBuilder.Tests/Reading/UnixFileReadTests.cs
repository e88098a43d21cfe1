using System.Buffers;
using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Reading;

/// <summary>
/// The three-call reader gives the bytes the runtime's reader gives, and leaves every failure to it (so the messages stay the
/// runtime's); <see cref="PositionalRead.ReadFile"/> is the same with or without it.
/// </summary>
public sealed class UnixFileReadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("unix-read-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(0, 16)]
    [InlineData(5, 0)] // an empty first buffer grows instead of looping
    [InlineData(5, 16)]
    [InlineData(16, 16)]
    [InlineData(17, 16)]
    [InlineData(200_000, 16)]
    [InlineData(200_000, 1 << 16)]
    public void ReadFile_ToTheEnd_GivesTheFileBytes(int size, int firstBuffer)
    {
        var bytes = Bytes(size);
        var path = Write("a.json", bytes);
        Read(path, 0, firstBuffer).ShouldBe(bytes);
        if (UnixFileRead.IsSupported)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(firstBuffer);
            UnixFileRead.TryReadFile(path, 0, int.MaxValue, ref buffer, out var read).ShouldBeTrue();
            buffer.AsSpan(0, read).ToArray().ShouldBe(bytes);
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [Fact]
    public void ReadFile_AGivenLength_ReadsThatManyBytesAtMost()
    {
        var bytes = Bytes(1_000);
        var path = Write("a.json", bytes);
        Read(path, 300, 16).ShouldBe(bytes[..300]);
        Read(path, 5_000, 16).ShouldBe(bytes); // the file ended first
    }

    [Fact]
    public void ReadFile_MissingFileOrFolder_ThrowsTheRuntimesException()
    {
        var missing = Path.Combine(_folder, "missing.json");
        Should.Throw<FileNotFoundException>(() => Read(missing, 0, 16)).Message.ShouldContain(missing);
        Should.Throw<UnauthorizedAccessException>(() => Read(_folder, 0, 16));
        if (UnixFileRead.IsSupported)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(16);
            UnixFileRead.TryReadFile(missing, 0, int.MaxValue, ref buffer, out _).ShouldBeFalse();
            UnixFileRead.TryReadFile(_folder, 0, int.MaxValue, ref buffer, out _).ShouldBeFalse(); // read(2) of a folder fails: EISDIR
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// No advisory lock is taken: a file another handle holds exclusively (as an import writing it does) is read as it is,
    /// where the runtime's reader refuses it; the loader then judges what it holds.
    /// </summary>
    [Fact]
    public void TryReadFile_TakesNoLock()
    {
        UnixFileRead.IsSupported.ShouldBe(OperatingSystem.IsLinux());
        if (!OperatingSystem.IsLinux())
        {
            return; // elsewhere the runtime's reader is the only one
        }

        var bytes = Bytes(100);
        var path = Write("a.json", bytes);
        using var exclusive = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        Should.Throw<IOException>(() => File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read).Dispose());
        var buffer = ArrayPool<byte>.Shared.Rent(16);
        UnixFileRead.TryReadFile(path, 0, int.MaxValue, ref buffer, out var read).ShouldBeTrue();
        buffer.AsSpan(0, read).ToArray().ShouldBe(bytes);
        ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>A device that reports no length and never ends (/dev/zero) is read no further than one byte past the bound.</summary>
    [Fact]
    public void TryReadFile_EndlessDevice_StopsPastTheBound()
    {
        if (!UnixFileRead.IsSupported)
        {
            return; // elsewhere the runtime's reader is the only one
        }

        var buffer = ArrayPool<byte>.Shared.Rent(16);
        UnixFileRead.TryReadFile("/dev/zero", 0, 100_000, ref buffer, out var read).ShouldBeTrue();
        read.ShouldBe(100_001);
        ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>A FIFO left in the data folder reads as empty instead of waiting for a writer that never comes.</summary>
    [Fact]
    public async Task TryReadFile_Fifo_ReadsEmptyWithoutWaiting()
    {
        if (!UnixFileRead.IsSupported)
        {
            return; // elsewhere the runtime's reader is the only one
        }

        var path = Path.Combine(_folder, "pipe.json");
        await Fifo.CreateAsync(path);

        var reading = Task.Run(() =>
        {
            var buffer = ArrayPool<byte>.Shared.Rent(16);
            var ok = UnixFileRead.TryReadFile(path, 0, int.MaxValue, ref buffer, out var read);
            ArrayPool<byte>.Shared.Return(buffer);
            return (ok, read);
        });
        (await reading.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe((true, 0));
    }

    private static byte[] Read(string path, long length, int firstBuffer)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(firstBuffer);
        try
        {
            var read = PositionalRead.ReadFile(path, length, ref buffer);
            return buffer.AsSpan(0, read).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Bytes(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        return bytes;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
