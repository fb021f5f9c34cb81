package org.casework.identity.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.identity.CitizenAccount;
import org.casework.identity.CitizenAddress;
import org.casework.identity.CitizenChanged;
import org.casework.identity.CitizenProfile;
import org.casework.identity.CitizenRefused;
import org.casework.identity.Citizens;
import org.casework.identity.NotifyBy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Your account": the citizen's name, date of birth, mobile number, address and how they want to hear from us, and
 * whether signing in also needs an emailed code. Two windows saving over each other are caught by the version.
 */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class PortalAccountPage {

    private final Citizens citizens;

    PortalAccountPage(Citizens citizens) {
        this.citizens = citizens;
    }

    /** The form as posted: text, so that whatever was typed can be shown again. */
    record Form(
            String givenName,
            String familyName,
            String dobDay,
            String dobMonth,
            String dobYear,
            String mobile,
            String line1,
            String line2,
            String town,
            String postcode,
            String notifyBy,
            Boolean twoFactor,
            Long version) {

        static Form of(CitizenAccount account) {
            var dob = account.dateOfBirth();
            var address = account.address();
            return new Form(
                    account.givenName(),
                    account.familyName(),
                    dob == null ? null : String.valueOf(dob.getDayOfMonth()),
                    dob == null ? null : String.valueOf(dob.getMonthValue()),
                    dob == null ? null : String.valueOf(dob.getYear()),
                    account.mobile(),
                    address.line1(),
                    address.line2(),
                    address.town(),
                    address.postcode(),
                    account.notifyBy().value(),
                    account.twoFactor(),
                    account.version());
        }
    }

    /** The address as typed; it keeps the UPRN it was found with while its lines are left as they were. */
    private static CitizenAddress typedAddress(CitizenAccount citizen, Form form) {
        var typed = new CitizenAddress(form.line1(), form.line2(), form.town(), form.postcode(), null);
        var before = citizen.address() == null ? CitizenAddress.NONE : citizen.address();
        return before.uprn() != null && typed.oneLine().equals(before.oneLine())
                ? new CitizenAddress(typed.line1(), typed.line2(), typed.town(), typed.postcode(), before.uprn())
                : typed;
    }

    @GetMapping("/portal/account")
    ModelAndView show(CitizenAccount citizen) {
        return page(citizen, Form.of(citizen), Map.of());
    }

    @PostMapping("/portal/account")
    ModelAndView save(CitizenAccount citizen, @ModelAttribute Form form, RedirectAttributes flash) {
        var problems = new LinkedHashMap<String, String>();
        var dateOfBirth = dateOfBirth(form, problems);
        try {
            if (!problems.isEmpty()) throw new CitizenRefused(problems);
            citizens.update(
                    citizen.id(),
                    new CitizenProfile(
                            form.givenName(),
                            form.familyName(),
                            dateOfBirth,
                            form.mobile(),
                            typedAddress(citizen, form),
                            NotifyBy.of(form.notifyBy()),
                            Boolean.TRUE.equals(form.twoFactor())),
                    form.version() == null ? -1 : form.version());
        } catch (CitizenRefused refused) {
            var all = new LinkedHashMap<>(problems);
            refused.problems().forEach(all::putIfAbsent);
            return page(citizen, form, ids(all));
        } catch (CitizenChanged changed) {
            var fresh = citizens.find(citizen.id()).orElseThrow();
            return page(fresh, Form.of(fresh), Map.of("givenName", changed.getMessage()));
        }
        flash.addFlashAttribute("success", "Your details have been saved");
        return new ModelAndView("redirect:/portal/account");
    }

    /** The date input's three boxes; null when all are empty, a problem when they do not make a date. */
    private static LocalDate dateOfBirth(Form form, Map<String, String> problems) {
        var parts = new String[] {form.dobDay(), form.dobMonth(), form.dobYear()};
        var given = 0;
        for (var part : parts) if (part != null && !part.isBlank()) given++;
        if (given == 0) return null;
        try {
            return LocalDate.of(
                    Integer.parseInt(form.dobYear().strip()),
                    Integer.parseInt(form.dobMonth().strip()),
                    Integer.parseInt(form.dobDay().strip()));
        } catch (RuntimeException notADate) {
            problems.put("dateOfBirth", "Date of birth must be a real date, like 27 3 1980");
            return null;
        }
    }

    /** The ids the error summary links to: the date's first box, the address's first line. */
    private static Map<String, String> ids(Map<String, String> problems) {
        var linked = new LinkedHashMap<String, String>();
        problems.forEach((field, message) -> linked.put(
                switch (field) {
                    case "dateOfBirth" -> "dobDay";
                    case "address" -> "line1";
                    case "notifyBy" -> "notifyBy-email";
                    default -> field;
                },
                message));
        return linked;
    }

    private static ModelAndView page(CitizenAccount citizen, Form form, Map<String, String> problems) {
        var page = new ModelAndView("portal/account");
        page.addObject("section", "account");
        page.addObject("account", citizen);
        page.addObject("form", form);
        page.addObject("problems", problems);
        page.addObject("choices", NotifyBy.values());
        return page;
    }
}
