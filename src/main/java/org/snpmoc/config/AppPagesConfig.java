package org.snpmoc.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The browser apps served with the server, from {@code static/apps/<name>/}: the app's folder address answers its
 * {@code index.html} (the address a SMART app is registered with as its redirect URI), without the slash it
 * redirects there.
 */
@Configuration
class AppPagesConfig implements WebMvcConfigurer {
	static final String MY_CARE = "/apps/my-care/";

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController(MY_CARE).setViewName("forward:" + MY_CARE + "index.html");
		registry.addRedirectViewController(MY_CARE.substring(0, MY_CARE.length() - 1), MY_CARE);
	}
}
