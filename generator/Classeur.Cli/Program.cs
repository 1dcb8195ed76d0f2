using Classeur.Cli;

// Colour only for a person at a terminal: never in a file, a pipe or a CI log, nor with NO_COLOR set.
var colour = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
return CommandLine.Run(args, Console.Out, Console.Error, colour);
