using Docket.Cli;

return await DocketCli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
