package org.snpmoc.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Communication;
import org.snpmoc.compliance.EvaluationContext;

/**
 * The plan's admission-notice timeliness over the evaluation year: the notices due in it (due date inside the
 * look-back year, up to asOf), those sent on time, those sent late, and those still unsent past their due time.
 * A notice not yet due is not counted.
 */
record NoticeTimeliness(int onTime, int late, int unsentOverdue, int notYetDue) {

	int due() {
		return onTime + late + unsentOverdue;
	}

	/** On time over due, 4 decimals; null when none was due. */
	BigDecimal rate() {
		return due() == 0 ? null
				: BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(due()), 4, RoundingMode.HALF_UP);
	}

	/**
	 * @param now the moment of the evaluation; what happens after asOf's day (or after now) is not known yet
	 */
	static NoticeTimeliness of(List<Communication> notices, EvaluationContext context, Instant now) {
		Instant endOfAsOf = context.asOf().plusDays(1).atStartOfDay(context.zone()).toInstant();
		Instant cutoff = now.isBefore(endOfAsOf) ? now : endOfAsOf;
		int onTime = 0;
		int late = 0;
		int unsent = 0;
		int notYet = 0;
		for (Communication notice : notices) {
			Instant due = NoticeMessage.due(notice);
			if (due == null || notice.getStatus() == Communication.CommunicationStatus.ENTEREDINERROR
					|| !context.inLookBackYear(LocalDate.ofInstant(due, context.zone()))) {
				continue;
			}
			Instant sent = notice.getStatus() == Communication.CommunicationStatus.COMPLETED && notice.getSent() != null
					? notice.getSent().toInstant() : null;
			if (sent != null && !sent.isAfter(cutoff)) {
				if (NoticeRules.onTime(sent, due)) {
					onTime++;
				} else {
					late++;
				}
			} else if (due.isBefore(cutoff)) {
				unsent++;
			} else {
				notYet++;
			}
		}
		return new NoticeTimeliness(onTime, late, unsent, notYet);
	}
}
