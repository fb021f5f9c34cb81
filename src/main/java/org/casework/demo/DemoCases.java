package org.casework.demo;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.casework.engine.Cases;
import org.casework.engine.Citizen;
import org.casework.engine.StartCase;
import org.casework.forms.Forms;
import org.casework.identity.Citizens;
import org.casework.identity.NewCitizen;
import org.casework.identity.Staff;
import org.casework.platform.CouncilTime;
import org.casework.portal.CitizenRequests;
import org.casework.work.WorkQueues;
import org.springframework.stereotype.Component;

/**
 * A few dozen cases for the demo council, so the staff pages have work on them from the first sign-in: reports in
 * the highways and environment queues (some already claimed by Alex), missed bins for Wendy's teams and Blue Badge
 * applications for Billie's.
 */
@Component
class DemoCases {

    private static final List<String> NAMES = List.of(
            "Jo Bloggs",
            "Priya Patel",
            "Tom Evans",
            "Aisha Khan",
            "Gareth Jones",
            "Mary O'Neill",
            "Chen Wei",
            "Olu Adeyemi",
            "Sarah Smith",
            "David Williams",
            "Fatima Hussain",
            "Liam Murphy");
    private static final List<String> POSTCODES =
            List.of("SW1A 1AA", "SW1A 2AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT");

    private final Cases cases;
    private final WorkQueues work;
    private final Staff staff;
    private final Clock clock;
    private final Citizens citizens;
    private final CitizenRequests requests;
    private final String password;

    /** The demo resident's portal sign-in (the password is the demo staff's). */
    static final String RESIDENT = "resident@demo.example";

    DemoCases(
            Cases cases,
            WorkQueues work,
            Staff staff,
            Clock clock,
            Citizens citizens,
            CitizenRequests requests,
            DemoProperties properties) {
        this.cases = cases;
        this.work = work;
        this.staff = staff;
        this.clock = clock;
        this.citizens = citizens;
        this.requests = requests;
        this.password = properties.password();
    }

    void load() {
        for (int i = 0; i < 24; i++) {
            var category = List.of("pothole", "flytipping", "other").get(i % 3);
            start(
                    "report-a-problem",
                    Map.of(
                            "category",
                            category,
                            "postcode",
                            postcode(i),
                            "description",
                            "Reported by telephone (demo case " + (i + 1) + ")"),
                    i);
        }
        var yesterday = CouncilTime.dayOf(clock.instant()).minusDays(1).toString();
        for (int i = 0; i < 8; i++) {
            start(
                    "missed-bin-collection",
                    Map.of("bin-type", "household-waste", "collection-date", yesterday, "postcode", postcode(i)),
                    i + 3);
        }
        for (int i = 0; i < 6; i++) {
            start(
                    "apply-for-a-blue-badge",
                    Map.of(
                            "applicant-name",
                            name(i + 5),
                            "date-of-birth",
                            "1950-0" + (i + 1) + "-1" + i,
                            "postcode",
                            postcode(i + 2),
                            "eligibility-route",
                            i % 2 == 0 ? "automatic-pip" : "further-assessment"),
                    i + 5);
        }
        // A resident with a portal account, who has reported a problem and applied for a Blue Badge online.
        var resident = citizens.register(new NewCitizen(RESIDENT, password, "Robin", "Resident"));
        citizens.verifyEmail(resident.secret());
        var account = resident.to();
        var asked = new Citizen(account.fullName(), account.email(), null);
        var report = cases.start(new StartCase(
                "report-a-problem",
                Map.of("category", "pothole", "postcode", "SW1A 2AA", "description", "Pothole by the bus stop"),
                asked,
                Forms.ONLINE,
                null));
        var badge = cases.start(new StartCase(
                "apply-for-a-blue-badge",
                Map.of(
                        "applicant-name", account.fullName(),
                        "date-of-birth", "1948-11-02",
                        "postcode", "SW1A 2AA",
                        "eligibility-route", "automatic-dla"),
                asked,
                Forms.ONLINE,
                null));
        requests.record(report.id(), account.id());
        requests.record(badge.id(), account.id());
        // Alex starts the day holding a few highways reports.
        var alex = staff.principal("alex").orElseThrow();
        for (int i = 0; i < 4; i++) work.claimNext("highways", alex);
    }

    private void start(String process, Map<String, Object> data, int person) {
        var name = name(person);
        var email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "@example.org";
        cases.start(new StartCase(process, data, new Citizen(name, email, null), "admin", null));
    }

    private static String name(int i) {
        return NAMES.get(i % NAMES.size());
    }

    private static String postcode(int i) {
        return POSTCODES.get(i % POSTCODES.size());
    }
}
