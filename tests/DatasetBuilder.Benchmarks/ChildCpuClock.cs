using System.Runtime.InteropServices;

namespace DatasetBuilder.Benchmarks;

/// <summary>
/// The processor time (user and system) used by this process's ended and reaped children (Linux <c>getrusage</c> with
/// <c>RUSAGE_CHILDREN</c>): read before and after one child runs, the difference is that child's (all its threads) — how
/// many cores it kept busy, beside its wall time. Null where the call is not available.
/// </summary>
internal static partial class ChildCpuClock
{
    private const int RusageChildren = -1;

    public static TimeSpan? Now
    {
        get
        {
            if (!OperatingSystem.IsLinux())
            {
                return null;
            }

            try
            {
                return GetResourceUsage(RusageChildren, out var usage) == 0
                    ? TimeSpan.FromTicks(Ticks(usage.UserSeconds, usage.UserMicroseconds) + Ticks(usage.SystemSeconds, usage.SystemMicroseconds))
                    : null;
            }
            catch (DllNotFoundException)
            {
                return null;
            }
            catch (EntryPointNotFoundException)
            {
                return null;
            }
        }
    }

    private static long Ticks(long seconds, long microseconds) => (seconds * TimeSpan.TicksPerSecond) + (microseconds * 10);

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        private unsafe fixed long _rest[14];
    }
}
