package org.snpmoc.compliance;

import java.util.Locale;

/**
 * The event a window runs from, when that event opens a work item: a stay's admission or discharge, an SNP
 * enrollment's initial HRA, a completed HRA's next yearly one. Windows without a trigger (a review chain, a
 * condition on the day) appear in $moc-gaps but open no work item.
 *
 * @param event the resource the event happened on ("Encounter/id", "Coverage/id", "QuestionnaireResponse/id")
 */
public record Trigger(Kind kind, String event) {

	public enum Kind {
		ADMISSION, DISCHARGE, ENROLLMENT, ANNUAL;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public static Trigger admission(String encounter) {
		return new Trigger(Kind.ADMISSION, encounter);
	}

	public static Trigger discharge(String encounter) {
		return new Trigger(Kind.DISCHARGE, encounter);
	}
}
