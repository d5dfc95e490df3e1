package org.snpmoc.conformance;

/**
 * Answers whether a questionnaire canonical is an HRA tool (a Questionnaire coded {@code moc-artifact#hra}) and
 * whether a reference points to a response to one: what identifies HRA responses and HRA-based risk assessments.
 */
interface HraLookup {

	/** The canonical may carry a {@code |version} suffix. */
	boolean isHraTool(String questionnaireCanonical);

	/** A literal reference such as {@code QuestionnaireResponse/123}; false when it cannot be resolved. */
	boolean isHraResponse(String reference);
}
