package org.casework.notification.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.identity.StaffPrincipal;
import org.casework.notification.ChannelKind;
import org.casework.notification.ChannelSettings;
import org.casework.notification.ChannelSettingsInvalid;
import org.casework.notification.Delivery;
import org.casework.notification.EmailChanges;
import org.casework.notification.NotifyChanges;
import org.casework.notification.TestMessages;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * GOV.UK Notify's settings, the email provider and sender, and a test message through each channel. The API key and
 * the callback token are write-only: the page says whether one is set and never puts it back in a field. A setting the
 * environment supplies is shown as such, with no field to change it.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class ChannelSettingsPage {

    private static final String PATH = "/admin/notifications/channels";

    private final ChannelSettings settings;
    private final TestMessages testMessages;

    ChannelSettingsPage(ChannelSettings settings, TestMessages testMessages) {
        this.settings = settings;
        this.testMessages = testMessages;
    }

    /** What was typed into Notify's plain fields, shown again beside an error; never a secret. */
    record NotifyTyped(String baseUrl, String emailTemplateId, String smsTemplateId) {}

    /** What was chosen and typed in the email form, shown again beside an error. */
    record EmailTyped(String provider, String from) {}

    @GetMapping(PATH)
    ModelAndView show() {
        return page(null, null, Map.of());
    }

    @PostMapping(PATH + "/notify")
    ModelAndView saveNotify(
            @RequestParam(required = false) String apiKey,
            @RequestParam(required = false) String baseUrl,
            @RequestParam(required = false) String emailTemplateId,
            @RequestParam(required = false) String smsTemplateId,
            @RequestParam(required = false) String callbackToken,
            StaffPrincipal me,
            RedirectAttributes flash) {
        try {
            // A blank secret field keeps the secret: the field is always empty when the page is shown.
            settings.saveNotify(
                    new NotifyChanges(
                            blankAsNull(apiKey), baseUrl, emailTemplateId, smsTemplateId, blankAsNull(callbackToken)),
                    me.username());
            flash.addFlashAttribute("success", "GOV.UK Notify settings saved");
            return new ModelAndView("redirect:" + PATH);
        } catch (ChannelSettingsInvalid invalid) {
            return refused(new NotifyTyped(baseUrl, emailTemplateId, smsTemplateId), null, invalid);
        }
    }

    @PostMapping(PATH + "/email")
    ModelAndView saveEmail(
            @RequestParam(required = false) String provider,
            @RequestParam(required = false) String from,
            StaffPrincipal me,
            RedirectAttributes flash) {
        try {
            settings.saveEmail(new EmailChanges(provider, from), me.username());
            flash.addFlashAttribute("success", "Email settings saved");
            return new ModelAndView("redirect:" + PATH);
        } catch (ChannelSettingsInvalid invalid) {
            return refused(null, new EmailTyped(provider, from), invalid);
        }
    }

    @PostMapping(PATH + "/test-message")
    ModelAndView sendTestMessage(
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String testEmailTo,
            @RequestParam(defaultValue = "") String testSmsTo,
            RedirectAttributes flash) {
        var kind = channel.equals("sms") ? ChannelKind.SMS : ChannelKind.EMAIL;
        var to = kind == ChannelKind.SMS ? testSmsTo : testEmailTo;
        if (to.isBlank()) {
            var page = page(
                    null,
                    null,
                    Map.of(
                            kind == ChannelKind.SMS ? "testSmsTo" : "testEmailTo",
                            kind == ChannelKind.SMS
                                    ? "Enter a mobile number to send the test text message to"
                                    : "Enter an email address to send the test email to"));
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
        var what = kind == ChannelKind.SMS ? "test text message" : "test email";
        switch (testMessages.send(kind, to)) {
            case Delivery.Accepted accepted -> flash.addFlashAttribute("success", "The " + what + " was sent to " + to);
            case Delivery.Refused refused ->
                flash.addFlashAttribute("failure", "The " + what + " was not sent: " + refused.reason());
        }
        return new ModelAndView("redirect:" + PATH);
    }

    private ModelAndView refused(NotifyTyped notifyTyped, EmailTyped emailTyped, ChannelSettingsInvalid invalid) {
        var errors = new LinkedHashMap<String, String>();
        invalid.problems().forEach(problem -> errors.putIfAbsent(problem.field(), problem.reason()));
        var page = page(notifyTyped, emailTyped, errors);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    /** The page; a form that was sent and refused keeps what was typed, the other shows what is in use. */
    private ModelAndView page(NotifyTyped notifyTyped, EmailTyped emailTyped, Map<String, String> errors) {
        var notify = settings.notifyChannel();
        var email = settings.emailChannel();
        return new ModelAndView("notification/channels")
                .addObject("section", "notifications")
                .addObject("notify", notify)
                .addObject("email", email)
                .addObject(
                        "notifyTyped",
                        notifyTyped != null
                                ? notifyTyped
                                : new NotifyTyped(
                                        notify.baseUrl().value(),
                                        notify.emailTemplateId().value(),
                                        notify.smsTemplateId().value()))
                .addObject(
                        "emailTyped",
                        emailTyped != null
                                ? emailTyped
                                : new EmailTyped(
                                        email.provider().value(), email.from().value()))
                .addObject("errors", errors);
    }

    private static String blankAsNull(String secret) {
        return secret == null || secret.isBlank() ? null : secret;
    }
}
