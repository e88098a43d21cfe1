using DatasetBuilder.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var context = new CliContext(Console.Out, Console.Error, TimeProvider.System, ColorOutput: !Console.IsOutputRedirected);
using var interrupts = new InterruptHandler(Console.Error);
var exit = await CliApp.RunAsync(args, context, interrupts.Token).ConfigureAwait(false);
interrupts.Finish();
return exit;
