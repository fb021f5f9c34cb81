package org.casework.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Serves the fonts and images GOV.UK Frontend's and the MoJ patterns' style sheets ask for. Their compiled CSS looks
 * under {@code /assets/}, so that path maps onto the WebJars' asset folders (GOV.UK first, then MoJ). The style
 * sheets and scripts themselves come from {@code /webjars/} with no version in the URL.
 */
@Configuration(proxyBeanMethods = false)
class FrontendAssets implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        var webJars = new WebJarVersionLocator();
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(
                        location(webJars, "govuk-frontend", "dist/govuk/assets/"),
                        location(webJars, "ministryofjustice__frontend", "moj/assets/"));
    }

    private static String location(WebJarVersionLocator webJars, String webJar, String folder) {
        var version = webJars.version(webJar);
        if (version == null) throw new IllegalStateException("The " + webJar + " WebJar is not on the class path");
        return "classpath:/META-INF/resources/webjars/" + webJar + "/" + version + "/" + folder;
    }
}
