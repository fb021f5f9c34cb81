package org.casework.portal.web;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.casework.portal.TrackingLinks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Following a request without an account. The link in the confirmation opens the request in this session; the Track
 * page takes the reference and the link's key for someone who has them apart (read out over the phone, say). A wrong
 * or expired pair gets one message that does not say which part was wrong.
 */
@Controller
@PreAuthorize("permitAll()")
class TrackPage {

    private final TrackingLinks links;
    private final RequestAccess access;

    TrackPage(TrackingLinks links, RequestAccess access) {
        this.links = links;
        this.access = access;
    }

    @GetMapping("/portal/track")
    ModelAndView form() {
        return page(null, null, Map.of());
    }

    @PostMapping("/portal/track")
    ModelAndView find(
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String key,
            HttpSession session) {
        if (reference.isBlank() || key.isBlank()) {
            var problems = new java.util.LinkedHashMap<String, String>();
            if (reference.isBlank()) problems.put("reference", "Enter the reference of your request");
            if (key.isBlank()) problems.put("key", "Enter the key from the link in your confirmation email");
            return page(reference, key, problems);
        }
        return open(reference, key, session);
    }

    @GetMapping("/portal/track/{reference}")
    ModelAndView open(
            @PathVariable String reference, @RequestParam(defaultValue = "") String key, HttpSession session) {
        var opened = links.open(reference, key);
        if (opened.isEmpty()) {
            return page(
                    reference,
                    null,
                    Map.of(
                            "reference",
                            "We could not find a request with that reference and key. The link may have expired:"
                                    + " check your confirmation email, or contact us"));
        }
        access.grant(opened.get(), session);
        return new ModelAndView("redirect:/portal/requests/" + reference.strip().toUpperCase(java.util.Locale.ROOT));
    }

    private static ModelAndView page(String reference, String key, Map<String, String> problems) {
        var page = new ModelAndView("portal/track");
        page.addObject("section", "track");
        page.addObject("reference", reference);
        page.addObject("key", key);
        page.addObject("problems", problems);
        return page;
    }
}
