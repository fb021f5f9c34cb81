package org.casework.engine.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.engine.ApiSecretRefused;
import org.casework.engine.ApiSecrets;
import org.casework.identity.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secrets API steps send, for administrators: the names with who set each last, a form to set or replace one, and
 * a button to remove one. A value is never shown again, not even to whoever typed it.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class ApiSecretsPage {

    private static final String BASE = "/admin/api-secrets";

    private final ApiSecrets secrets;

    ApiSecretsPage(ApiSecrets secrets) {
        this.secrets = secrets;
    }

    @GetMapping(BASE)
    ModelAndView list() {
        return page("", Map.of());
    }

    @PostMapping(BASE)
    ModelAndView set(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String value,
            @AuthenticationPrincipal StaffPrincipal me,
            RedirectAttributes flash) {
        try {
            var created = secrets.set(name.strip(), value, me.username());
            flash.addFlashAttribute("success", "Secret ‘" + name.strip() + "’ " + (created ? "saved" : "replaced"));
            return new ModelAndView("redirect:" + BASE);
        } catch (ApiSecretRefused refused) {
            var errors = new LinkedHashMap<String, String>();
            refused.problems().forEach(problem -> errors.putIfAbsent(problem.field(), problem.reason()));
            var page = page(name, errors);
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
    }

    @PostMapping(BASE + "/{name}/remove")
    ModelAndView remove(@PathVariable String name, RedirectAttributes flash) {
        secrets.remove(name);
        flash.addFlashAttribute("success", "Secret ‘" + name + "’ removed");
        return new ModelAndView("redirect:" + BASE);
    }

    private ModelAndView page(String name, Map<String, String> errors) {
        return new ModelAndView("engine/api-secrets")
                .addObject("section", "supervise")
                .addObject("secrets", secrets.list())
                .addObject("name", name)
                .addObject("errors", errors);
    }
}
