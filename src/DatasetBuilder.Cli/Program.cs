using System.Runtime.InteropServices;
using DatasetBuilder.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var context = new CliContext(Console.Out, Console.Error, TimeProvider.System, ColorOutput: !Console.IsOutputRedirected);
using var cancellation = new CancellationTokenSource();

// The first Ctrl+C, SIGINT or SIGTERM asks the command to stop: a build discards its staging folder and exits 130 with
// "cancelled". One more, two seconds or more later, is left to the system, which ends the process at once; one sooner is
// the same request again (`timeout` signals both the process and its process group).
long? firstSignal = null;
void Stop(PosixSignalContext signal)
{
    var now = Environment.TickCount64;
    firstSignal ??= now;
    if (now - firstSignal < 2000)
    {
        signal.Cancel = true;
        cancellation.Cancel();
    }
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await CliApp.RunAsync(args, context, cancellation.Token).ConfigureAwait(false);
