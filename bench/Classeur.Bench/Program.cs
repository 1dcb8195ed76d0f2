using Classeur.Bench;

return BenchmarkRunner.Run(args, Console.Out);
