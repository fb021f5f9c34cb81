package org.casework.definition.web;

import org.casework.definition.ProcessNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A designer page for a process, draft, field, stage, step or action that is not there: "Page not found". */
@ControllerAdvice(basePackages = "org.casework.definition.web")
class DesignerPageErrors {

    @ExceptionHandler({ProcessNotFound.class, NotInDraft.class})
    ModelAndView notFound() {
        var page = new ModelAndView("error/404");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
