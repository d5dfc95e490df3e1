package org.snpmoc.exchange;

import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/** A generated narrative of plain text, escaped. */
final class Narrative {
	private Narrative() {}

	static org.hl7.fhir.r4.model.Narrative of(String text) {
		org.hl7.fhir.r4.model.Narrative narrative = new org.hl7.fhir.r4.model.Narrative();
		narrative.setStatus(NarrativeStatus.GENERATED);
		XhtmlNode div = new XhtmlNode(org.hl7.fhir.utilities.xhtml.NodeType.Element, "div");
		div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
		div.addText(text);
		narrative.setDiv(div);
		return narrative;
	}
}
