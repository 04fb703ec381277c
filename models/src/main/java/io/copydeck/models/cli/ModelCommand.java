package io.copydeck.models.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `copydeck model ...`: import, inspect, run and measure GPT-2 models. */
@Command(name = "model", mixinStandardHelpOptions = true,
    description = "GPT-2 models in Hugging Face folders, run on DJL's TensorFlow engine.",
    subcommands = {ImportCommand.class, InfoCommand.class, GenerateCommand.class, BenchCommand.class,
        RandomCommand.class, LogitsCommand.class, TrainCommand.class})
public final class ModelCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new ModelCommand()).execute(args));
  }
}
