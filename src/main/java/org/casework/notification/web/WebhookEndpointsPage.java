package org.casework.notification.web;

import java.util.Map;
import org.casework.notification.ChannelKind;
import org.casework.notification.Delivery;
import org.casework.notification.TestMessages;
import org.casework.notification.WebhookRefused;
import org.casework.notification.Webhooks;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The webhook endpoints a process's webhook actions name: listed, registered, tested and deactivated. A secret
 * Casework makes is shown once, on the page straight after registering, and never again.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class WebhookEndpointsPage {

    private static final String PATH = "/admin/notifications/webhooks";

    private final Webhooks webhooks;
    private final TestMessages testMessages;

    WebhookEndpointsPage(Webhooks webhooks, TestMessages testMessages) {
        this.webhooks = webhooks;
        this.testMessages = testMessages;
    }

    /** What was typed into the register form; a secret typed is never put back. */
    record Typed(String key, String url) {}

    @GetMapping(PATH)
    ModelAndView list() {
        return page(new Typed("", ""), Map.of());
    }

    @PostMapping(PATH)
    ModelAndView register(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "") String secret,
            RedirectAttributes flash) {
        var made = secret.isBlank();
        var used = made ? webhooks.newSecret() : secret;
        try {
            var endpoint = webhooks.register(key.strip(), url, used);
            flash.addFlashAttribute("success", "Webhook ‘" + endpoint.key() + "’ registered");
            // A flash attribute lives for the next request only: refreshing the page does not show it again.
            if (made) {
                flash.addFlashAttribute("secret", used);
                flash.addFlashAttribute("secretFor", endpoint.key());
            }
            return new ModelAndView("redirect:" + PATH);
        } catch (WebhookRefused refused) {
            var page = page(new Typed(key, url), Map.of(refused.field(), refused.getMessage()));
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
    }

    @PostMapping(PATH + "/{key}/deactivate")
    String deactivate(@PathVariable String key, RedirectAttributes flash) {
        if (webhooks.list().stream().noneMatch(e -> e.key().equals(key))) throw new NoSuchWebhook(key);
        webhooks.deactivate(key);
        flash.addFlashAttribute("success", "Webhook ‘" + key + "’ deactivated: nothing more will be sent to it");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{key}/test-message")
    String sendTestMessage(@PathVariable String key, RedirectAttributes flash) {
        if (webhooks.list().stream().noneMatch(e -> e.key().equals(key))) throw new NoSuchWebhook(key);
        switch (testMessages.send(ChannelKind.WEBHOOK, key)) {
            case Delivery.Accepted accepted ->
                flash.addFlashAttribute("success", "Webhook ‘" + key + "’ took the test message");
            case Delivery.Refused refused ->
                flash.addFlashAttribute(
                        "failure", "Webhook ‘" + key + "’ did not take the test message: " + refused.reason());
        }
        return "redirect:" + PATH;
    }

    private ModelAndView page(Typed typed, Map<String, String> errors) {
        return new ModelAndView("notification/webhooks")
                .addObject("section", "notifications")
                .addObject("endpoints", webhooks.list())
                .addObject("typed", typed)
                .addObject("errors", errors);
    }
}
