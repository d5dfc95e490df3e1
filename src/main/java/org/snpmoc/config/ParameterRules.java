package org.snpmoc.config;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * What the parameters of one request may ask for: each at most once where FHIR allows one, paging numbers that are
 * whole numbers in range, and no more criteria, sort keys or includes than {@code moc.server.limits.*} allow, so no
 * single request can keep the database busy for minutes. Applied to the request's own parameters, to conditional
 * URLs and to every entry of a batch or transaction.
 */
final class ParameterRules {
	private static final Set<String> ONCE = Set.of(
			"_count", "_offset", "_sort", "_summary", "_total", "_format", "_pretty", "_elements", "_contained",
			"_containedType", "_since", "_at", "_getpages", "_getpagesoffset", "_bundletype", "asOf");
	private static final Set<String> NON_NEGATIVE_INTS = Set.of("_offset", "_getpagesoffset");

	private final ServerProperties.Limits limits;
	private final int maxPageSize;

	ParameterRules(ServerProperties properties) {
		this.limits = properties.limits();
		this.maxPageSize = properties.maxPageSize();
	}

	/** Checks the parameters of one request or one bundle entry ({@code where} names it in the message). */
	void check(Map<String, List<String>> parameters, String where) {
		int total = parameters.values().stream().mapToInt(List::size).sum();
		if (total > limits.maxParameters()) {
			throw tooCostly(where + " has " + total + " parameters; this server accepts at most " + limits.maxParameters()
					+ " in one request (moc.server.limits.max-parameters)");
		}
		int includes = 0;
		int iterating = 0;
		for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			List<String> values = parameter.getValue();
			String base = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
			if (ONCE.contains(name) && values.size() > 1) {
				throw invalid("Parameter " + name + " may be given only once (" + where + " gives it " + values.size() + " times)");
			}
			for (String value : values) {
				int alternatives = alternatives(value);
				if (alternatives > limits.maxValues()) {
					throw tooCostly("Parameter " + name + " has " + alternatives + " comma-separated values; this server accepts at most "
							+ limits.maxValues() + " (moc.server.limits.max-values)");
				}
			}
			if (base.equals("_include") || base.equals("_revinclude")) {
				includes += values.size();
				if (name.endsWith(":iterate") || name.endsWith(":recurse")) {
					iterating += values.size();
				}
			}
			if (name.equals("_sort")) {
				int keys = values.stream().mapToInt(ParameterRules::alternatives).sum();
				if (keys > limits.maxSortKeys()) {
					throw tooCostly("Parameter _sort has " + keys + " keys; this server sorts by at most " + limits.maxSortKeys()
							+ " (moc.server.limits.max-sort-keys)");
				}
			}
			if (name.equals("_count")) {
				int count = wholeNumber(name, values.get(0));
				if (count > maxPageSize) {
					throw tooCostly("Parameter _count is " + count + "; this server returns at most " + maxPageSize
							+ " entries per page (moc.server.max-page-size)");
				}
			}
			if (NON_NEGATIVE_INTS.contains(name)) {
				wholeNumber(name, values.get(0));
			}
			if (base.equals("near")) {
				values.forEach(ParameterRules::position);
			}
		}
		if (includes > limits.maxIncludes()) {
			throw tooCostly(where + " has " + includes + " _include/_revinclude parameters; this server accepts at most "
					+ limits.maxIncludes() + " (moc.server.limits.max-includes)");
		}
		if (iterating > limits.maxIterate()) {
			throw tooCostly(where + " has " + iterating + " :iterate includes; this server accepts at most "
					+ limits.maxIterate() + " (moc.server.limits.max-iterate)");
		}
	}

	/** Values of a FHIR search parameter are alternatives separated by commas; "\," is a literal comma. */
	private static int alternatives(String value) {
		int count = 1;
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) == ',' && (i == 0 || value.charAt(i - 1) != '\\')) {
				count++;
			}
		}
		return count;
	}

	/** {@code near=latitude|longitude|distance|units}: a place on Earth and a finite, non-negative distance. */
	private static void position(String value) {
		String[] parts = value.split("\\|", -1);
		double[] limits = {90, 180, Double.MAX_VALUE};
		for (int i = 0; i < Math.min(parts.length, 3); i++) {
			if (parts[i].isBlank() && i == 2) {
				continue;
			}
			double number;
			try {
				number = Double.parseDouble(parts[i].trim());
			} catch (NumberFormatException e) {
				number = Double.NaN;
			}
			if (!(Math.abs(number) <= limits[i]) || i == 2 && number < 0) {
				throw invalid("Parameter near must be latitude|longitude|distance|units with a latitude from -90 to 90, a longitude"
						+ " from -180 to 180 and a distance of 0 or more, not '" + OperationOutcomes.quote(value) + "'");
			}
		}
	}

	private static int wholeNumber(String name, String value) {
		try {
			int number = Integer.parseInt(value.trim());
			if (number >= 0) {
				return number;
			}
		} catch (NumberFormatException e) {
			// refused below with the parameter named
		}
		throw invalid("Parameter " + name + " must be a whole number from 0 to " + Integer.MAX_VALUE + ", not '"
				+ OperationOutcomes.quote(value) + "'");
	}

	static InvalidRequestException invalid(String message) {
		return new InvalidRequestException(message, OperationOutcomes.outcome(OperationOutcome.IssueType.INVALID, message));
	}

	private static InvalidRequestException tooCostly(String message) {
		return new InvalidRequestException(message, OperationOutcomes.outcome(OperationOutcome.IssueType.TOOCOSTLY, message));
	}
}
