package org.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.casework.support.Api;
import org.casework.support.TestCouncil;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A test council's departments, the lookup values case files need and a "Report a problem" process of its own
 * department, every code made unique with the council's suffix.
 */
public final class CaseFileCouncil {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TestCouncil council;
    private final Api admin;

    public CaseFileCouncil(TestCouncil council, Api admin) {
        this.council = council;
        this.admin = admin;
    }

    /** Adds a department with this (unsuffixed) name; returns its code. */
    public String department(String name) {
        var code = council.named(name);
        put("departments", code, name, null);
        return code;
    }

    /** Adds a value to a lookup list, for one department or (null) every department; returns its code. */
    public String value(String list, String name, String label, String department) {
        var code = council.named(name);
        put(list, code, label, department);
        return code;
    }

    public void retire(String list, String code) {
        var retired = admin.post("/api/v1/lookups/" + list + "/" + code + "/retire", Map.of());
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
    }

    /** Publishes "Report a problem" for the council's highways team, naming the department (null: none). */
    public String publishReportAProblem(String department, String name) {
        var document = (ObjectNode) JSON.readTree(
                council.process("report-a-problem.json", "report-a-problem", "highways", "environment", "supervisors"));
        var key = council.named(name);
        document.put("key", key);
        if (department != null) document.put("department", department);
        return council.publish(admin, JSON.writeValueAsString(document), key);
    }

    /** Starts a pothole report on the process as the officer; returns its id and reference. */
    public static Started reportAPothole(Api officer, String process) {
        var started = officer.post(
                "/api/v1/cases",
                Map.of(
                        "process",
                        process,
                        "data",
                        Map.of("category", "pothole"),
                        "citizen",
                        Map.of("name", "Jo Bloggs")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return new Started(started.text("/id"), started.text("/reference"));
    }

    public record Started(String id, String reference) {}

    private void put(String list, String code, String label, String department) {
        var body = department == null ? Map.of("label", label) : Map.of("label", label, "department", department);
        var saved = admin.put("/api/v1/lookups/" + list + "/" + code, body);
        assertThat(saved.status()).as(saved.toString()).isIn(200, 201);
    }
}
