package org.casework.casefile.web;

import org.casework.engine.CaseNotFound;
import org.casework.work.NotAllowed;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A case missing or hidden from the officer is "Page not found"; a report they may not read is "cannot". */
@ControllerAdvice(basePackages = "org.casework.casefile.web")
class CaseFilePageErrors {

    @ExceptionHandler(CaseNotFound.class)
    ModelAndView notFound() {
        var page = new ModelAndView("error/404");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

    @ExceptionHandler(NotAllowed.class)
    ModelAndView notAllowed() {
        var page = new ModelAndView("error/403");
        page.setStatus(HttpStatus.FORBIDDEN);
        return page;
    }
}
