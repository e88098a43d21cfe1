using System.Runtime.InteropServices;

namespace DatasetBuilder.Cli;

/// <summary>
/// What Ctrl+C, SIGINT and SIGTERM do. The first asks the command to stop through <see cref="Token"/>: a build then
/// discards its staging folder and exits 130 with "cancelled". A command that has not stopped within
/// <see cref="GracePeriod"/> (validate, verify and pass 1 of a build do not watch the token) is ended with exit 130 then;
/// what a build leaves in its staging folder is swept by the next build. A repeat within two seconds is the same request
/// (GNU timeout signals both the process and its process group); a later one is left to the system, which ends the
/// process at once. Signals arrive on threads of their own, so the state changes are atomic.
/// </summary>
internal sealed class InterruptHandler : IDisposable
{
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(3);

    private static readonly long SameRequestMilliseconds = 2000;

    private const int Running = 0;
    private const int Stopping = 1;
    private const int Finished = 2;

    // Never disposed: a signal may still arrive while the process ends, and cancelling a disposed source throws.
    private readonly CancellationTokenSource _cancellation = new();
    private readonly TextWriter _error;
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private long _firstSignal; // Environment.TickCount64 of the first signal, 0 before
    private int _state = Running;

    public InterruptHandler(TextWriter error)
    {
        _error = error;
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    }

    public CancellationToken Token => _cancellation.Token;

    /// <summary>The command has returned: the grace period must not end the process (or say "cancelled") a second time.</summary>
    public void Finish() => Interlocked.Exchange(ref _state, Finished);

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
    }

    private void Stop(PosixSignalContext signal)
    {
        var now = Math.Max(1, Environment.TickCount64);
        var first = Interlocked.CompareExchange(ref _firstSignal, now, 0);
        if (first != 0 && now - first >= SameRequestMilliseconds)
        {
            return; // a second request: the system's default, which ends the process
        }

        signal.Cancel = true;
        if (Interlocked.CompareExchange(ref _state, Stopping, Running) != Running)
        {
            return; // already stopping (or done)
        }

        _cancellation.Cancel();

        // A thread of its own: validation keeps every pool thread busy, and a pool timer would wait for one.
        new Thread(() =>
        {
            Thread.Sleep(GracePeriod);
            if (Interlocked.CompareExchange(ref _state, Finished, Stopping) == Stopping)
            {
                _error.WriteLine("cancelled");
                Environment.Exit(ExitCodes.Cancelled);
            }
        })
        { IsBackground = true, Name = "interrupt grace period" }.Start();
    }
}
