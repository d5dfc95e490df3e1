package org.snpmoc.transitions;

import java.util.Optional;
import org.snpmoc.compliance.Window;

/**
 * What a care manager needs to know about an open work item beyond its window (for 2E.3: that the receiving
 * setting has no FHIR Endpoint, so the ICP must go another way). Kept on the Task as the server's note.
 */
public interface WorkItemNotes {
	Optional<String> note(String factor, Window window);
}
