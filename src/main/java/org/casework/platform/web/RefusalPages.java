package org.casework.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.casework.platform.Refusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page asked for something that is not there (a {@link Refusal} of kind not found): GOV.UK's "Page not found". Pages
 * catch the refusals they can explain next to a field themselves; the REST API's own advice comes first for its
 * controllers.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RefusalPages {

    @ExceptionHandler
    ModelAndView refused(Refusal refusal, HttpServletRequest request) throws Refusal {
        if (refusal.kind() != Refusal.Kind.NOT_FOUND) throw refusal;
        var page = new ModelAndView("error/404").addObject("path", request.getRequestURI());
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
