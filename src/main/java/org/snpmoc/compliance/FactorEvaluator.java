package org.snpmoc.compliance;

/** One MOC factor's check for one beneficiary. Implementations are small, pure and named after their factor. */
public interface FactorEvaluator {

	/** The moc-factor code, e.g. "2B.3". */
	String factor();

	FactorResult evaluate(PatientRecord record, EvaluationContext context);
}
