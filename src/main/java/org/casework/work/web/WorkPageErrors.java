package org.casework.work.web;

import org.casework.engine.CaseNotFound;
import org.casework.work.NotAllowed;
import org.casework.work.TaskNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The work pages' refusals as GOV.UK error pages: what is missing (or hidden) is "not found", the rest "cannot". */
@ControllerAdvice(basePackages = "org.casework.work.web")
class WorkPageErrors {

    @ExceptionHandler({CaseNotFound.class, TaskNotFound.class})
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
