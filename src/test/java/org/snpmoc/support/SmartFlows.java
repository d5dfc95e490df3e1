package org.snpmoc.support;

import org.snpmoc.smart.SmartClient;

/** The SMART flows of {@link SmartClient} against a test server, whose system client secret is {@link #DEMO_SECRET}. */
public final class SmartFlows extends SmartClient {
	public static final String DEMO_SECRET = "test-demo-system-secret-0123456789";

	public SmartFlows(String root) {
		super(root, DEMO_SECRET);
	}
}
