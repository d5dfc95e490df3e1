package org.snpmoc.bench;

import java.util.Set;
import org.snpmoc.CommandArguments;

/** Placeholder replaced below. */
public final class BenchCommand {
	public static final Set<String> OPTIONS = Set.of("db", "sizes", "samples", "threads", "as-of", "seed");

	private BenchCommand() {}

	public static void run(CommandArguments args) {
		throw new IllegalArgumentException("bench: not yet");
	}
}
