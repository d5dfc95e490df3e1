package org.snpmoc.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SMART App Launch 2 clinical scope: {@code patient|user|system / (Type|*) . (cruds | read | write | *)}, with an
 * optional granular query ({@code ?category=…}). SMART v1 forms ({@code read}, {@code write}, {@code *}) are read as
 * their v2 equivalents.
 */
public record SmartScope(Level level, String resourceType, Set<Action> actions, Map<String, String> filter) {
	private static final Pattern SYNTAX =
			Pattern.compile("(patient|user|system)/([A-Za-z]+|\\*)\\.([a-z*]+)(\\?(.+))?");
	private static final Pattern V2_ACTIONS = Pattern.compile("c?r?u?d?s?");

	public enum Level {
		PATIENT, USER, SYSTEM
	}

	/** SMART v2 permissions; {@code r} reads one resource by id, {@code s} searches. */
	public enum Action {
		CREATE('c'), READ('r'), UPDATE('u'), DELETE('d'), SEARCH('s');

		final char letter;

		Action(char letter) {
			this.letter = letter;
		}
	}

	public static Optional<SmartScope> parse(String scope) {
		Matcher m = SYNTAX.matcher(scope);
		if (!m.matches()) {
			return Optional.empty();
		}
		Set<Action> actions = actions(m.group(3));
		if (actions.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> filter = new LinkedHashMap<>();
		if (m.group(5) != null) {
			for (String pair : m.group(5).split("&")) {
				int eq = pair.indexOf('=');
				if (eq <= 0 || eq == pair.length() - 1) {
					return Optional.empty();
				}
				filter.put(pair.substring(0, eq), pair.substring(eq + 1));
			}
		}
		return Optional.of(new SmartScope(Level.valueOf(m.group(1).toUpperCase()), m.group(2), actions, Map.copyOf(filter)));
	}

	private static Set<Action> actions(String text) {
		switch (text) {
			case "read":
				return EnumSet.of(Action.READ, Action.SEARCH);
			case "write":
				return EnumSet.of(Action.CREATE, Action.UPDATE, Action.DELETE);
			case "*":
				return EnumSet.allOf(Action.class);
			default:
				if (!V2_ACTIONS.matcher(text).matches()) {
					return EnumSet.noneOf(Action.class);
				}
				EnumSet<Action> actions = EnumSet.noneOf(Action.class);
				for (Action action : Action.values()) {
					if (text.indexOf(action.letter) >= 0) {
						actions.add(action);
					}
				}
				return actions;
		}
	}

	public boolean wildcard() {
		return "*".equals(resourceType);
	}

	/**
	 * Whether this scope grants {@code action} on {@code type}. A wildcard does not reach {@link #NAMED_ONLY} types:
	 * those need a scope naming them.
	 */
	public boolean grants(String type, Action action) {
		if (!actions.contains(action)) {
			return false;
		}
		return wildcard() ? !NAMED_ONLY.contains(type) : resourceType.equals(type);
	}

	/** The audit trail is reached only through a scope that names it ({@code user/AuditEvent.rs}), never by {@code *}. */
	public static final Set<String> NAMED_ONLY = Set.of("AuditEvent");
}
