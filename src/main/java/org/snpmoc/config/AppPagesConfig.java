package org.snpmoc.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The browser apps served with the server, from {@code static/apps/<name>/}: the app's folder address answers its
 * {@code index.html} (the address a SMART app is registered with as its redirect URI), without the slash it
 * redirects there. The server's root opens the console, the page plan staff start from.
 */
@Configuration
class AppPagesConfig implements WebMvcConfigurer {
	static final String MY_CARE = "/apps/my-care/";
	static final String CONSOLE = "/apps/console/";

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		for (String app : new String[] {MY_CARE, CONSOLE}) {
			registry.addViewController(app).setViewName("forward:" + app + "index.html");
			registry.addRedirectViewController(app.substring(0, app.length() - 1), app);
		}
		registry.addRedirectViewController("/", CONSOLE);
	}
}
