using System.Runtime.InteropServices;

namespace DatasetBuilder.Cli;

/// <summary>
/// What Ctrl+C, SIGINT and SIGTERM do. The first asks the command to stop through <see cref="Token"/>: a build then
/// discards its staging folder and exits 130 with "cancelled". A command that cannot stop within <see cref="GracePeriod"/>
/// (validate, verify and pass 1 of a build do not watch the token) is ended with exit 130 then; what a build leaves in its
/// staging folder is swept by the next build. A repeat within two seconds is the same request (GNU timeout signals both the
/// process and its process group); a later one is left to the system, which ends the process at once.
/// </summary>
internal sealed class InterruptHandler : IDisposable
{
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan SameRequest = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _cancellation = new();
    private readonly TextWriter _error;
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private long? _firstSignal;

    public InterruptHandler(TextWriter error)
    {
        _error = error;
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    }

    public CancellationToken Token => _cancellation.Token;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _cancellation.Dispose();
    }

    private void Stop(PosixSignalContext signal)
    {
        var now = Environment.TickCount64;
        _firstSignal ??= now;
        if (now - _firstSignal >= (long)SameRequest.TotalMilliseconds)
        {
            return; // a second request: the system's default, which ends the process
        }

        signal.Cancel = true;
        if (!_cancellation.IsCancellationRequested)
        {
            _cancellation.Cancel();

            // A thread of its own: validation keeps every pool thread busy, and a pool timer would wait for one.
            new Thread(() =>
            {
                Thread.Sleep(GracePeriod);
                _error.WriteLine("cancelled");
                Environment.Exit(ExitCodes.Cancelled);
            })
            { IsBackground = true, Name = "interrupt grace period" }.Start();
        }
    }
}
