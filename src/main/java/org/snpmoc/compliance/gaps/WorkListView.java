package org.snpmoc.compliance.gaps;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a care manager asks of a work list: only one factor, one owner, overdue or due-soon items, in another order.
 * Applied to the whole list before paging, so a filtered page is as quick as an unfiltered one.
 *
 * @param factor a moc-factor code, or null for all
 * @param owner  the owning ICT member's reference, or the practitioner it stands for ("PractitionerRole/…" or
 *               "Practitioner/…"), "none" for items nobody owns, or null for all
 * @param status {@value WorkListBuilder#OVERDUE}, {@value WorkListBuilder#DUE_SOON}, or null for both
 * @param sort   one of {@link #SORTS}' keys; null: the work order (overdue first, then by due date)
 */
public record WorkListView(String factor, String owner, String status, String sort) {
	public static final String NOBODY = "none";
	private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

	/** Each order breaks ties by the work order, so pages never overlap. */
	static final Map<String, Comparator<Gap>> SORTS = Map.of(
			"due", Comparator.comparing(Gap::due).thenComparing(Gap.WORK_ORDER),
			"-due", Comparator.comparing(Gap::due).reversed().thenComparing(Gap.WORK_ORDER),
			"factor", Comparator.comparing(Gap::factor).thenComparing(Gap.WORK_ORDER),
			"owner", Comparator.comparing(Gap::owner, NULLS_LAST).thenComparing(Gap.WORK_ORDER),
			"subject", Comparator.comparing(Gap::subject).thenComparing(Gap.WORK_ORDER));

	public WorkListView {
		factor = blankToNull(factor);
		owner = blankToNull(owner);
		status = blankToNull(status);
		sort = blankToNull(sort);
		if (status != null && !status.equals(WorkListBuilder.OVERDUE) && !status.equals(WorkListBuilder.DUE_SOON)) {
			throw new InvalidRequestException("status must be " + WorkListBuilder.OVERDUE + " or " + WorkListBuilder.DUE_SOON);
		}
		if (sort != null && !SORTS.containsKey(sort)) {
			throw new InvalidRequestException("_sort must be one of due, -due, factor, owner, subject");
		}
	}

	public List<Gap> apply(List<Gap> workOrder) {
		Predicate<Gap> wanted = g -> (factor == null || factor.equals(g.factor()))
				&& (owner == null || (NOBODY.equals(owner) ? g.owner() == null
						: owner.equals(g.owner()) || owner.equals(g.ownerPerson())))
				&& (status == null || status.equals(WorkListBuilder.OVERDUE) == g.overdue());
		var selected = workOrder.stream().filter(wanted);
		return (sort == null ? selected : selected.sorted(SORTS.get(sort))).toList();
	}

	/** The view's parameters for a next-page link, "&name=value" each. */
	String query() {
		StringBuilder query = new StringBuilder();
		append(query, "factor", factor);
		append(query, "owner", owner);
		append(query, "status", status);
		append(query, "_sort", sort);
		return query.toString();
	}

	private static void append(StringBuilder query, String name, String value) {
		if (value != null) {
			query.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
