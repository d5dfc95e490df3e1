package org.snpmoc.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** The random choices of the generator; one instance per beneficiary, seeded from the run seed and its number. */
final class Draws {
	private final SplittableRandom random;

	Draws(long seed, long stream) {
		// Mixing the stream number in keeps beneficiaries independent of the order they are generated in.
		this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + stream);
	}

	/** A whole number from {@code from} to {@code to}, both inclusive. */
	int between(int from, int to) {
		return from + random.nextInt(to - from + 1);
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	<T> T pick(List<T> options) {
		return options.get(random.nextInt(options.size()));
	}

	LocalDate daysAfter(LocalDate date, int from, int to) {
		return date.plusDays(between(from, to));
	}
}
