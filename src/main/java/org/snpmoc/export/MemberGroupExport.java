package org.snpmoc.export;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.snpmoc.config.ServerInterceptor;
import org.springframework.stereotype.Component;

/**
 * A Group-level {@code $export} of the plan's member list exports today's members: the list is brought up to date
 * first. Registered after the access rules, so only an allowed caller causes it.
 */
@Component
@Interceptor
class MemberGroupExport implements ServerInterceptor {
	private final PlanMembersGroup group;

	MemberGroupExport(PlanMembersGroup group) {
		this.group = group;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	public void beforeExport(RequestDetails request) {
		if ("$export".equals(request.getOperation()) && "Group".equals(request.getResourceName())
				&& request.getId() != null && PlanMembersGroup.GROUP_ID.equals(request.getId().getIdPart())) {
			group.refresh();
		}
	}
}
