package org.snpmoc;

import org.snpmoc.bench.BenchCommand;
import org.snpmoc.synthetic.GenerateCommand;
import org.snpmoc.synthetic.LoadCommand;

/**
 * The tools jar's commands, kept out of the server jar: {@code generate} and {@code load} run as plain Java (no
 * server), {@code bench} starts its own servers in this JVM.
 */
public final class ToolsApplication {
	private static final String USAGE = "usage: generate --beneficiaries N --seed S --as-of YYYY-MM-DD --out DIR"
			+ " | load --in DIR --url BASE [--threads N] [--token BEARER]"
			+ " | bench [--db h2|postgres] [--sizes 1000,10000|none] [--security-samples 300] [--notice-samples 100] [--hra-tool-url URL [--hra-tool-version V]] [--adt-pairs N]";

	private ToolsApplication() {}

	public static void main(String[] args) throws Exception {
		String command = args.length == 0 ? "" : args[0];
		try {
			switch (command) {
				case "generate" -> GenerateCommand.run(new CommandArguments(args, 1, GenerateCommand.OPTIONS));
				case "load" -> System.exit(LoadCommand.run(new CommandArguments(args, 1, LoadCommand.OPTIONS)));
				case "bench" -> {
					BenchCommand.run(new CommandArguments(args, 1, BenchCommand.OPTIONS));
					// Servers stopped, but client and database pools may leave non-daemon threads behind.
					System.exit(0);
				}
				default -> throw new IllegalArgumentException(command.isEmpty() ? "a command is needed" : "unknown command");
			}
		} catch (IllegalArgumentException e) {
			System.err.println((command.isEmpty() ? "" : command + ": ") + e.getMessage());
			System.err.println(USAGE);
			System.exit(2);
		}
	}
}
