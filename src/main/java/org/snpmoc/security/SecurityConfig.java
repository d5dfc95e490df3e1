package org.snpmoc.security;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.matcher.AuthorizationSearchParamMatcher;
import ca.uhn.fhir.jpa.searchparam.matcher.SearchParamMatcher;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.util.Set;
import javax.sql.DataSource;
import org.snpmoc.audit.AuditTrail;
import org.snpmoc.config.ServerProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Access control: the embedded OpenID Connect / OAuth 2 authorization server (SMART App Launch 2 and Backend
 * Services), bearer tokens on the FHIR API, a login form for the people who sign in, and the SMART rules HAPI
 * enforces on every FHIR request.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfig {

	/** Marks that the security tables exist: everything reading them depends on it. */
	static final class Tables {}

	@Bean
	Tables securityTables(DataSource dataSource) {
		SecuritySchema.create(dataSource);
		return new Tables();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(JdbcTemplate jdbc, Tables tables) {
		return new JdbcRegisteredClientRepository(jdbc);
	}

	@Bean
	OAuth2AuthorizationService authorizationService(JdbcTemplate jdbc, RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationService(jdbc, clients);
	}

	@Bean
	OAuth2AuthorizationConsentService authorizationConsentService(JdbcTemplate jdbc, RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
	}

	@Bean
	Accounts accounts(JdbcTemplate jdbc, PlatformTransactionManager transactions, PasswordEncoder passwords, Tables tables) {
		return new Accounts(jdbc, new TransactionTemplate(transactions), passwords);
	}

	@Bean
	Clients clients(RegisteredClientRepository repository, PasswordEncoder passwords, SecurityProperties properties) {
		return new Clients(repository, passwords, properties);
	}

	@Bean
	LaunchContexts launchContexts(JdbcTemplate jdbc, Tables tables) {
		return new LaunchContexts(jdbc);
	}

	@Bean
	CaregiverPatients caregiverPatients(ObjectProvider<DaoRegistry> daos) {
		return new CaregiverPatients(daos);
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(JdbcTemplate jdbc, Tables tables) {
		return new ImmutableJWKSet<>(new JWKSet(SigningKeys.load(jdbc)));
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings() {
		return AuthorizationServerSettings.builder().build();
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> smartTokens(Accounts accounts, CaregiverPatients caregivers,
			LaunchContexts launches, SecurityProperties properties) {
		return new SmartTokens(accounts, caregivers, launches, properties);
	}

	@Bean
	JwtDecoder jwtDecoder(SecurityProperties properties, ServerProperties server, JWKSource<SecurityContext> embeddedKeys) {
		Set<JWSAlgorithm> algorithms = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.ES256, JWSAlgorithm.ES384);
		NimbusJwtDecoder decoder;
		if (properties.embeddedIssuer()) {
			DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
			processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, embeddedKeys));
			processor.setJWTClaimsSetVerifier((claims, context) -> {});
			decoder = new NimbusJwtDecoder(processor);
		} else {
			if (properties.jwkSetUri() == null || properties.jwkSetUri().isBlank()) {
				throw new IllegalStateException("moc.security.jwk-set-uri is required with moc.security.issuer-uri");
			}
			decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
					.jwsAlgorithms(list -> algorithms.forEach(a -> list.add(
							org.springframework.security.oauth2.jose.jws.SignatureAlgorithm.from(a.getName()))))
					.build();
		}
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
				new TokenChecks(properties.issuerUri(), properties.audience(), server.publicBaseUrl())));
		return decoder;
	}

	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	private static RequestMatcher get(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern);
	}

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerChain(HttpSecurity http, RegisteredClientRepository clients,
			OAuth2AuthorizationService authorizations, Accounts accounts, CaregiverPatients caregivers) throws Exception {
		OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
		OAuth2AccessTokenResponseAuthenticationSuccessHandler tokenResponse =
				new OAuth2AccessTokenResponseAuthenticationSuccessHandler();
		tokenResponse.setAccessTokenResponseCustomizer(SmartTokens::tokenResponse);
		ClientKeys clientKeys = new ClientKeys();
		http.securityMatcher(server.getEndpointsMatcher())
				.with(server, as -> as
						.oidc(Customizer.withDefaults())
						.tokenEndpoint(token -> token.accessTokenResponseHandler(tokenResponse))
						.clientAuthentication(client -> client.authenticationProviders(providers -> providers.stream()
								.filter(JwtClientAssertionAuthenticationProvider.class::isInstance)
								.map(JwtClientAssertionAuthenticationProvider.class::cast)
								.forEach(p -> p.setJwtDecoderFactory(clientKeys)))))
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.addFilterBefore(new AssertionClientId(), AbstractPreAuthenticatedProcessingFilter.class)
				.addFilterBefore(new CaregiverPatientChoice(accounts, caregivers), AbstractPreAuthenticatedProcessingFilter.class)
				.exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, SecurityProperties properties, JwtDecoder decoder,
			ObjectProvider<AuditTrail> trail) throws Exception {
		ApiAuthenticationErrors errors = new ApiAuthenticationErrors(trail.getIfAvailable());
		http.securityMatcher(new OrRequestMatcher(path("/fhir/**"), path("/fhir"), path("/admin/**"), path("/hl7v2"),
						path("/smart/**"), path("/actuator/**")))
				.csrf(csrf -> csrf.disable())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.requestCache(cache -> cache.disable())
				.securityContext(context -> context.requireExplicitSave(true))
				.oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.decoder(decoder))
						.authenticationEntryPoint(errors).accessDeniedHandler(errors))
				.exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors));
		if (!properties.isEnabled()) {
			http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
		} else {
			http.authorizeHttpRequests(requests -> requests
					.requestMatchers(get("/fhir/metadata"), get("/fhir/.well-known/smart-configuration"),
							path("/actuator/health"), path("/actuator/health/**")).permitAll()
					.requestMatchers(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.OPTIONS, "/fhir"),
							PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.OPTIONS, "/fhir/"))).permitAll()
					.requestMatchers(path("/admin/**")).hasAuthority("SCOPE_" + SmartScopes.ADMIN)
					.anyRequest().authenticated());
		}
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http, Accounts accounts) throws Exception {
		http.authorizeHttpRequests(requests -> requests
						.requestMatchers(path(PatientChoicePage.PATH)).authenticated()
						.anyRequest().permitAll())
				.userDetailsService(accounts)
				.formLogin(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	SmartAccessRules smartAccessRules(FhirContext fhir) {
		return new SmartAccessRules(fhir);
	}

	/** SMART enforcement on the FHIR endpoint (absent when security is off). */
	@Bean
	SmartEnforcement smartEnforcement(SecurityProperties properties, SmartAccessRules rules, SearchParamMatcher matcher) {
		return new SmartEnforcement(properties.isEnabled(),
				new SmartAuthorization(rules, new AuthorizationSearchParamMatcher(matcher)), new SmartSearchNarrowing(),
				new ScopeGate(rules), new ExportTypes(rules));
	}

	@Bean
	FilterRegistrationBean<SmartConfigurationEndpoint> smartConfiguration(SecurityProperties properties,
			ServerProperties server) {
		FilterRegistrationBean<SmartConfigurationEndpoint> registration =
				new FilterRegistrationBean<>(new SmartConfigurationEndpoint(properties, server));
		registration.addUrlPatterns("/fhir/.well-known/smart-configuration");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}
}
