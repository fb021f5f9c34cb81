package org.casework.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.casework.identity.Staff;
import org.casework.identity.StaffPrincipal;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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
 * Lets a controller method take a {@link StaffPrincipal} parameter: the staff member the request acts for. A request
 * that acts for nobody gets a 401 rather than a null.
 *
 * <p>An API key's principal is built when the key is checked. A signed-in officer's is read afresh on each request
 * (once per request), so a change of teams or roles applies at once and a disabled account stops working at its next
 * click, not when its session ends. Pages get it as the model attribute {@code signedIn} for the shared layout.
 */
@Component
class CurrentStaff implements HandlerMethodArgumentResolver, WebMvcConfigurer, HandlerInterceptor {

    private static final String ATTRIBUTE = CurrentStaff.class.getName();

    private final Staff staff;

    CurrentStaff(Staff staff) {
        this.staff = staff;
        // Otherwise the OpenAPI document would describe the parameter as something callers send.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(StaffPrincipal.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Citizens on the portal are not staff: looking them up among staff would only cost a query.
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/portal/**");
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == StaffPrincipal.class;
    }

    @Override
    public StaffPrincipal resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return of(request.getNativeRequest(HttpServletRequest.class))
                .orElseThrow(() ->
                        new AuthenticationCredentialsNotFoundException("This request does not act for a staff member"));
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) return;
        of(request).ifPresent(principal -> page.addObject("signedIn", principal));
    }

    private Optional<StaffPrincipal> of(HttpServletRequest request) {
        if (request == null || !(request.getUserPrincipal() instanceof Authentication authentication)) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof StaffPrincipal principal) return Optional.of(principal);
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)) return Optional.empty();
        var cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof StaffPrincipal principal) return Optional.of(principal);
        var principal = staff.principal(authentication.getName());
        principal.ifPresent(found -> request.setAttribute(ATTRIBUTE, found));
        return principal;
    }
}
