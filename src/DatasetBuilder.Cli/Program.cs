using DatasetBuilder.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var context = new CliContext(Console.Out, Console.Error, TimeProvider.System, ColorOutput: !Console.IsOutputRedirected);
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await CliApp.RunAsync(args, context, cancellation.Token).ConfigureAwait(false);
