package org.snpmoc.hra;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scored HRA: one entry per domain group of the instrument, in the instrument's order.
 *
 * @param domains    every domain's score
 * @param unanswered linkIds of the instrument's questions the response does not answer
 */
public record HraScore(List<Domain> domains, List<String> unanswered) {

	public HraScore {
		domains = List.copyOf(domains);
		unanswered = List.copyOf(unanswered);
	}

	/**
	 * @param code       the hra-domain code (the group's code, else its linkId)
	 * @param display    the group's text, for people
	 * @param score      sum of the ordinal values of the answers given in the domain
	 * @param threshold  the need threshold of the group; null when it has none (it can then never be a need)
	 * @param answered   how many of the domain's questions have an answer
	 * @param questions  how many questions the domain has
	 */
	public record Domain(String code, String display, BigDecimal score, BigDecimal threshold, int answered, int questions) {
		public boolean need() {
			return threshold != null && score.compareTo(threshold) >= 0;
		}
	}

	public List<Domain> needs() {
		return domains.stream().filter(Domain::need).toList();
	}

	/** The risk-probability code: high with three or more needs, moderate with one or two, low with none. */
	public String tier() {
		int needs = needs().size();
		return needs >= 3 ? "high" : needs >= 1 ? "moderate" : "low";
	}
}
