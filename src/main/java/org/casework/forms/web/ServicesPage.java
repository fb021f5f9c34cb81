package org.casework.forms.web;

import java.util.LinkedHashMap;
import java.util.List;
import org.casework.forms.Forms;
import org.casework.forms.OfferedService;
import org.casework.identity.CitizenAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The portal's front page, listing the services offered online, and each service's start page. */
@Controller
@PreAuthorize("permitAll()")
class ServicesPage {

    private final Forms forms;

    ServicesPage(Forms forms) {
        this.forms = forms;
    }

    @GetMapping("/portal")
    ModelAndView services() {
        var byCategory = new LinkedHashMap<String, List<OfferedService>>();
        for (var service : forms.catalogue()) {
            byCategory
                    .computeIfAbsent(
                            service.category() == null ? "Other services" : service.category(),
                            c -> new java.util.ArrayList<>())
                    .add(service);
        }
        var page = new ModelAndView("forms/services");
        page.addObject("section", "services");
        page.addObject("categories", byCategory);
        return page;
    }

    @GetMapping("/portal/services/{process}")
    ModelAndView start(@PathVariable String process, CitizenAccount citizen) {
        var service = forms.service(process).orElseThrow(NoSuchForm::new);
        var page = new ModelAndView("forms/start");
        page.addObject("section", "services");
        page.addObject("service", service);
        page.addObject(
                "saved",
                citizen != null && forms.latestDraft(citizen.id(), process).isPresent());
        return page;
    }
}
