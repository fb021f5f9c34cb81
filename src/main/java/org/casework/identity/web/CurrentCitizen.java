package org.casework.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casework.identity.CitizenAccount;
import org.casework.identity.Citizens;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a portal controller method take a {@link CitizenAccount} parameter: the signed-in citizen, or null for someone
 * who has not signed in. Read afresh once per request, and given to every portal page as {@code citizen} for the
 * layout.
 */
@Component
class CurrentCitizen implements HandlerMethodArgumentResolver, WebMvcConfigurer, HandlerInterceptor {

    private static final String ATTRIBUTE = CurrentCitizen.class.getName();

    private final Citizens citizens;

    CurrentCitizen(Citizens citizens) {
        this.citizens = citizens;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/portal", "/portal/**");
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CitizenAccount.class;
    }

    @Override
    public CitizenAccount resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return of(request.getNativeRequest(HttpServletRequest.class)).orElse(null);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) return;
        of(request).ifPresent(citizen -> page.addObject("citizen", citizen));
    }

    private Optional<CitizenAccount> of(HttpServletRequest request) {
        if (request == null
                || !request.getRequestURI().startsWith("/portal")
                || !(request.getUserPrincipal() instanceof Authentication authentication)
                || authentication.getAuthorities().stream()
                        .noneMatch(granted -> CitizenSignIns.ROLE.equals(granted.getAuthority()))) {
            return Optional.empty();
        }
        if (request.getAttribute(ATTRIBUTE) instanceof CitizenAccount cached) return Optional.of(cached);
        var found = citizens.find(UUID.fromString(authentication.getName()));
        found.ifPresent(account -> request.setAttribute(ATTRIBUTE, account));
        return found;
    }
}
