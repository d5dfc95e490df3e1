package org.snpmoc;

import org.snpmoc.bench.BenchCommand;
import org.snpmoc.synthetic.GenerateCommand;
import org.snpmoc.synthetic.LoadCommand;

/**
 * The application's commands: {@code generate} and {@code load} run as plain Java (no server), {@code bench}
 * starts its own servers; anything else starts the FHIR server with the arguments as Spring arguments.
 */
public final class Commands {
	private Commands() {}

	/** @return true when the arguments named a command and it ran */
	public static boolean run(String[] args) throws Exception {
		if (args.length == 0) {
			return false;
		}
		try {
			switch (args[0]) {
				case "generate" -> GenerateCommand.run(new CommandArguments(args, 1, GenerateCommand.OPTIONS));
				case "load" -> System.exit(LoadCommand.run(new CommandArguments(args, 1, LoadCommand.OPTIONS)));
				case "bench" -> {
					BenchCommand.run(new CommandArguments(args, 1, BenchCommand.OPTIONS));
					// Servers stopped, but client and database pools may leave non-daemon threads behind.
					System.exit(0);
				}
				default -> {
					return false;
				}
			}
		} catch (IllegalArgumentException e) {
			System.err.println(args[0] + ": " + e.getMessage());
			System.err.println("usage: generate --beneficiaries N --seed S --as-of YYYY-MM-DD --out DIR"
					+ " | load --in DIR --url BASE [--threads N] | bench [--db h2|postgres] [--sizes 1000,10000]");
			System.exit(2);
		}
		return true;
	}
}
