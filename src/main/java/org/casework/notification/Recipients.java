package org.casework.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.casework.definition.Action;
import org.casework.engine.CaseView;
import org.casework.identity.Citizens;
import org.casework.identity.NotifyBy;
import org.casework.identity.Staff;
import org.casework.portal.CitizenRequests;
import org.casework.work.TaskState;
import org.casework.work.WorkQueues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a {@code notify} action reaches, and by which channels in order: the first is tried, the rest are the
 * fallbacks. A citizen with a portal account (the request's, or the one with the case's email address) is reached as
 * their preference says; one without, by email and then text, as far as the case holds their details.
 */
@Component
class Recipients {

    /** One person or address, with the ways to reach them in the order to try. */
    record Recipient(String identity, List<Address> addresses, String nobodyBecause) {
        static Recipient unreachable(String identity, String because) {
            return new Recipient(identity, List.of(), because);
        }
    }

    record Address(ChannelKind kind, String value) {}

    private final CitizenRequests requests;
    private final Citizens citizens;
    private final Staff staff;
    private final WorkQueues work;
    private final JdbcClient db;

    Recipients(CitizenRequests requests, Citizens citizens, Staff staff, WorkQueues work, JdbcClient db) {
        this.requests = requests;
        this.citizens = citizens;
        this.staff = staff;
        this.work = work;
        this.db = db;
    }

    List<Recipient> of(Action.Notify action, CaseView view) {
        return of(action, view, null);
    }

    /** The recipients of an action on an event concerning the step {@code target} (null for none). */
    List<Recipient> of(Action.Notify action, CaseView view, String target) {
        return switch (action.to()) {
            case CITIZEN -> citizen(view);
            case REQUESTER -> requester(view, target);
            case ASSIGNEE -> assignee(view);
            case TEAM -> team(action.team());
            case ADDRESS ->
                List.of(new Recipient(address(action.address()), List.of(addressOf(action.address())), null));
            case CONTRACTOR -> List.of(contractor(action.contractor()));
        };
    }

    /** The citizen a case is for, by the ways their account (or else the case) says to reach them. */
    List<Recipient> citizenOf(CaseView view) {
        return citizen(view);
    }

    private List<Recipient> citizen(CaseView view) {
        // The account the request is recorded to, or else the one whose confirmed address the case gives: an online
        // form's case is recorded to its account only after the engine has started it (and announced case-started).
        var account = requests.ownerOf(view.id())
                .flatMap(citizens::find)
                .or(() -> citizens.byConfirmedEmail(view.citizen().email()));
        if (account.isEmpty()) {
            var citizen = view.citizen();
            var addresses = addresses(email(citizen.email()), sms(citizen.phone()));
            return List.of(new Recipient(
                    "citizen",
                    addresses,
                    addresses.isEmpty() ? "the case has no email address or phone number" : null));
        }
        var person = account.get();
        var email = email(person.email());
        var text =
                sms(person.mobile() != null ? person.mobile() : view.citizen().phone());
        var notifyBy = person.notifyBy() == null ? NotifyBy.EMAIL : person.notifyBy();
        return switch (notifyBy) {
            case EMAIL -> List.of(new Recipient("citizen", addresses(email, text), null));
            case SMS ->
                List.of(new Recipient(
                        "citizen",
                        addresses(text, email),
                        text == null && email == null ? "no contact details" : null));
            case BOTH -> {
                var both = new ArrayList<Recipient>();
                if (email != null) both.add(new Recipient("citizen:email", List.of(email), null));
                if (text != null) both.add(new Recipient("citizen:sms", List.of(text), null));
                if (both.isEmpty()) both.add(Recipient.unreachable("citizen", "no contact details"));
                yield both;
            }
            case NONE -> List.of(Recipient.unreachable("citizen", "the citizen asked not to be contacted"));
        };
    }

    /** Whoever holds the case's open task; while it waits in a team's queue, that team. */
    private List<Recipient> assignee(CaseView view) {
        var open = work.tasksOf(view.id()).stream()
                .filter(t -> t.state() == TaskState.OPEN || t.state() == TaskState.CLAIMED)
                .toList();
        if (open.isEmpty()) return List.of(Recipient.unreachable("assignee", "the case has no open task"));
        var holders =
                open.stream().map(t -> t.assignee()).filter(Objects::nonNull).toList();
        if (!holders.isEmpty()) return staffMembers(holders);
        return open.stream().flatMap(t -> team(t.team()).stream()).toList();
    }

    /**
     * Whoever asked for what the step {@code target} decides: the officer who completed the latest task at another
     * step, or else whoever started the case: an officer by their email, a citizen (a request made online, or one a
     * system recorded) as the citizen is reached.
     */
    private List<Recipient> requester(CaseView view, String target) {
        var officer = work.tasksOf(view.id()).stream()
                .filter(t -> t.state() == TaskState.COMPLETED && t.completedBy() != null)
                .filter(t -> !t.step().equals(target))
                .max(java.util.Comparator.comparing(t -> t.completedAt()))
                .map(t -> t.completedBy())
                .orElse(view.createdBy());
        if (officer != null && staff.principal(officer).isPresent()) return staffMembers(List.of(officer));
        return citizen(view);
    }

    private List<Recipient> team(String team) {
        if (!staff.teamExists(team)) return List.of(Recipient.unreachable("team:" + team, "there is no such team"));
        var members = staff.membersOf(team);
        if (members.isEmpty())
            return List.of(Recipient.unreachable("team:" + team, "the team has no one in it to tell"));
        return staffMembers(members);
    }

    private List<Recipient> staffMembers(List<String> usernames) {
        var emails = staff.emailsOf(usernames);
        return usernames.stream()
                .distinct()
                .map(user -> emails.containsKey(user)
                        ? new Recipient("user:" + user, List.of(new Address(ChannelKind.EMAIL, emails.get(user))), null)
                        : Recipient.unreachable("user:" + user, "they have no email address"))
                .toList();
    }

    private Recipient contractor(String key) {
        var found = db.sql("select email, phone from contractors where contractor_key = :key")
                .param("key", key)
                .query((row, n) -> addresses(email(row.getString("email")), sms(row.getString("phone"))))
                .optional();
        if (found.isEmpty()) return Recipient.unreachable("contractor:" + key, "there is no such contractor");
        return new Recipient("contractor:" + key, found.get(), found.get().isEmpty() ? "no contact details" : null);
    }

    private static String address(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static Address addressOf(String value) {
        return value.contains("@")
                ? new Address(ChannelKind.EMAIL, value.strip())
                : new Address(ChannelKind.SMS, value.strip());
    }

    private static Address email(String value) {
        return value == null || value.isBlank() ? null : new Address(ChannelKind.EMAIL, value.strip());
    }

    private static Address sms(String value) {
        return value == null || value.isBlank() ? null : new Address(ChannelKind.SMS, value.strip());
    }

    private static List<Address> addresses(Address... candidates) {
        return Stream.of(candidates).filter(Objects::nonNull).toList();
    }
}
