package org.snpmoc.compliance;

/** The outcome of one factor check, with the codes of the moc-outcome extension. */
public enum Outcome {
	MET("met"),
	MET_BY_OUTREACH("met-by-outreach"),
	NOT_MET("not-met"),
	NOT_APPLICABLE("not-applicable"),
	PENDING("pending");

	private final String code;

	Outcome(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public boolean isMet() {
		return this == MET || this == MET_BY_OUTREACH;
	}

	/** Counted in the factor's denominator: it applies and is not waiting on a future deadline. */
	public boolean isJudged() {
		return this == MET || this == MET_BY_OUTREACH || this == NOT_MET;
	}

	/** For one beneficiary's element band, not-applicable and pending count as met. */
	public boolean countsAsMetForBand() {
		return this != NOT_MET;
	}
}
