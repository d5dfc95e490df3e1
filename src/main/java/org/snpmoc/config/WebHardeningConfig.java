package org.snpmoc.config;

import java.util.Arrays;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** HTTP around the FHIR endpoint: security headers everywhere, OperationOutcomes for Tomcat's own errors, statement timeouts. */
@Configuration
class WebHardeningConfig {

	@Bean
	FilterRegistrationBean<SecurityHeaders> securityHeaders() {
		FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

	/** Replaces the error report valve Spring Boot and Tomcat install on the host (they write HTML). */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> fhirErrorReports() {
		return new WebServerFactoryCustomizer<>() {
			@Override
			public void customize(TomcatServletWebServerFactory factory) {
				factory.addContextCustomizers(context -> {
					Host host = (Host) context.getParent();
					Arrays.stream(host.getPipeline().getValves())
							.filter(ErrorReportValve.class::isInstance)
							.forEach((Valve valve) -> host.getPipeline().removeValve(valve));
					host.getPipeline().addValve(new FhirErrorReportValve());
					if (host instanceof StandardHost standard) {
						standard.setErrorReportValveClass(FhirErrorReportValve.class.getName());
					}
				});
			}
		};
	}

	@Bean
	static StatementTimeout statementTimeout(Environment environment) {
		return new StatementTimeout(environment);
	}
}
