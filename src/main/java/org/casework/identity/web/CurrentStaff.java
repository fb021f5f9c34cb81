package org.casework.identity.web;

import java.util.List;
import org.casework.identity.StaffPrincipal;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a controller method take a {@link StaffPrincipal} parameter: the staff member the request acts for. A request
 * that acts for nobody gets a 401 rather than a null.
 */
@Component
class CurrentStaff implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    CurrentStaff() {
        // Otherwise the OpenAPI document would describe the parameter as something callers send.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(StaffPrincipal.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
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
        if (request.getUserPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof StaffPrincipal staff) return staff;
        throw new AuthenticationCredentialsNotFoundException("This request does not act for a staff member");
    }
}
