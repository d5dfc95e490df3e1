package org.snpmoc.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.snpmoc.security.SmartScope.Action;
import org.snpmoc.security.SmartScope.Level;

/** The scopes a token carries: SMART clinical scopes, parsed, and the others (openid, launch/patient, …) by name. */
public final class SmartScopes {
	public static final String ADMIN = "moc.admin";

	private final List<SmartScope> clinical;
	private final Set<String> names;

	private SmartScopes(List<SmartScope> clinical, Set<String> names) {
		this.clinical = clinical;
		this.names = names;
	}

	public static SmartScopes of(Collection<String> granted) {
		List<SmartScope> clinical = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>();
		for (String scope : granted) {
			names.add(scope);
			SmartScope.parse(scope).ifPresent(clinical::add);
		}
		return new SmartScopes(List.copyOf(clinical), Set.copyOf(names));
	}

	public static SmartScopes of(String spaceSeparated) {
		return of(spaceSeparated == null || spaceSeparated.isBlank()
				? List.of() : List.of(spaceSeparated.trim().split("\\s+")));
	}

	public List<SmartScope> clinical() {
		return clinical;
	}

	public Set<String> names() {
		return names;
	}

	public boolean has(String name) {
		return names.contains(name);
	}

	public Stream<SmartScope> at(Level level) {
		return clinical.stream().filter(s -> s.level() == level);
	}

	public boolean hasLevel(Level level) {
		return at(level).findAny().isPresent();
	}

	/** Scopes of {@code level} granting {@code action} on {@code type}. */
	public List<SmartScope> granting(Level level, String type, Action action) {
		return at(level).filter(s -> s.grants(type, action)).toList();
	}

	@Override
	public String toString() {
		return String.join(" ", names);
	}
}
