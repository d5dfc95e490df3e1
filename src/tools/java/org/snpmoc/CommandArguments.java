package org.snpmoc;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The {@code --name value} options of a command-line command, checked against the names it accepts. */
public final class CommandArguments {
	private final Map<String, String> values = new HashMap<>();

	public CommandArguments(String[] args, int from, Set<String> accepted) {
		for (int i = from; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--") || !accepted.contains(arg.substring(2))) {
				throw new IllegalArgumentException("unknown option " + arg + "; accepted: --" + String.join(", --", accepted));
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("option " + arg + " needs a value");
			}
			values.merge(arg.substring(2), args[++i], (a, b) -> a + "," + b);
		}
	}

	public String get(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	public String required(String name) {
		String value = values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("option --" + name + " is required");
		}
		return value;
	}

	public int integer(String name, int fallback) {
		return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
	}

	public boolean has(String name) {
		return values.containsKey(name);
	}
}
