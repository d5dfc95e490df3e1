package org.snpmoc.security;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationInterceptor;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRule;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthorizationSearchParamMatcher;
import ca.uhn.fhir.rest.server.interceptor.auth.PolicyEnum;
import ca.uhn.fhir.rest.server.interceptor.auth.RuleBuilder;
import java.util.List;

/** HAPI's authorization engine, fed with the rules of the caller's token (see {@link SmartAccessRules}). */
final class SmartAuthorization extends AuthorizationInterceptor {
	private final SmartAccessRules rules;

	SmartAuthorization(SmartAccessRules rules, IAuthorizationSearchParamMatcher matcher) {
		super(PolicyEnum.DENY);
		this.rules = rules;
		setAuthorizationSearchParamMatcher(matcher);
	}

	@Override
	public List<IAuthRule> buildRuleList(RequestDetails request) {
		return Caller.current()
				.map(rules::rules)
				.orElseGet(() -> new RuleBuilder().allow().metadata().andThen()
						.denyAll("This request needs an access token").build());
	}
}
