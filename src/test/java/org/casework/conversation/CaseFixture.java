package org.casework.conversation;

import java.util.Map;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.TestCouncil;

/** A council of its own with the "Report a problem" process, and reports started through the API, as they arrive. */
final class CaseFixture {

    final TestCouncil council;
    final TestCouncil.Officer officer;
    final TestCouncil.Officer admin;
    final String process;

    CaseFixture(Staff staff, ApiKeys apiKeys, int port) {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        process = council.publishReportAProblem(admin.api());
        officer = council.officer("olive", "highways", "environment", "supervisors");
    }

    /** A pothole report from a citizen with this email address (or none); its id. */
    CaseId report(String email) {
        var citizen = new java.util.HashMap<String, Object>();
        citizen.put("name", "Jo Bloggs");
        if (email != null) citizen.put("email", email);
        var started = officer.api()
                .post(
                        "/api/v1/cases",
                        Map.of("process", process, "data", Map.of("category", "pothole"), "citizen", citizen));
        if (started.status() != 201) throw new AssertionError("Starting a case failed: " + started);
        return new CaseId(UUID.fromString(started.text("/id")));
    }

    CaseId report() {
        return report(null);
    }

    /** The staff member the tests act as, as an uploader. */
    Uploader olive() {
        return Uploader.staff(officer.username(), "Olive");
    }
}
