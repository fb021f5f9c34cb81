package org.casework.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds the controller for a path with variables without trying every mapping in full. Spring MVC looks a literal path
 * up directly, but for {@code /api/v1/tasks/{id}/claim} it tries each of the service's several hundred mappings in turn,
 * checking method, headers, media types and pattern, and that was a tenth of the service's CPU on the API benchmark (a
 * known cost: spring-framework#24901). Here a mapping is tried in full only if the path starts with the literal part of
 * its pattern, which any path it matches must; the answer is the same, found sooner.
 */
@Configuration(proxyBeanMethods = false)
class LiteralPrefixMapping {

    @Bean
    WebMvcRegistrations literalPrefixMappingRegistration() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new Mapping();
            }
        };
    }

    /**
     * Whether {@code path} starts with the literal part of {@code pattern}, everything before its first variable or
     * wildcard, as any path the pattern matches must.
     */
    static boolean startsWithLiteralPart(String path, String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' || c == '*' || c == '?') return true;
            if (i >= path.length() || path.charAt(i) != c) return false;
        }
        return true;
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        /** Passes the path down with the request, so each mapping tried need not read it again. */
        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            return super.lookupHandlerMethod(lookupPath, new LookingUp(request, lookupPath));
        }

        /** Mappings with several patterns, or matched by something else than path patterns, are tried in full. */
        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            if (request instanceof LookingUp lookingUp) {
                var condition = info.getPathPatternsCondition();
                if (condition != null
                        && condition.getPatterns().size() == 1
                        && !startsWithLiteralPart(
                                lookingUp.path, condition.getFirstPattern().getPatternString())) {
                    return null;
                }
            }
            return super.getMatchingMapping(info, request);
        }
    }

    /**
     * The request while its handler is looked up, with the path being looked up and its method read once: each mapping
     * tried asks the method several times, and by then the request is wrapped five deep (firewall, session, security,
     * headers), every ask walking the whole chain.
     */
    private static final class LookingUp extends HttpServletRequestWrapper {

        private final String path;
        private final String method;

        LookingUp(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
            this.method = request.getMethod();
        }

        @Override
        public String getMethod() {
            return method;
        }
    }
}
