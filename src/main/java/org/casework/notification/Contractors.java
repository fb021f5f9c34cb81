package org.casework.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's list of contractors ({@code contractors}), whom notify actions name by key. */
@Service
public class Contractors {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]{10,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient db;
    private final Clock clock;

    Contractors(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<Contractor> list() {
        return db.sql("select contractor_key, name, email, phone from contractors order by name, contractor_key")
                .query(Contractors::contractor)
                .list();
    }

    public Optional<Contractor> find(String key) {
        return db.sql("select contractor_key, name, email, phone from contractors where contractor_key = :key")
                .param("key", key)
                .query(Contractors::contractor)
                .optional();
    }

    /** Adds the contractor, or changes the one with this key; refused with {@link ContractorInvalid}. */
    @Transactional
    public Contractor save(Contractor written) {
        var contractor = new Contractor(
                stripped(written.key()),
                stripped(written.name()),
                stripped(written.email()),
                stripped(written.phone()));
        var problems = problems(contractor);
        if (!problems.isEmpty()) throw new ContractorInvalid(problems);
        // Update first, then insert if new (H2 has no "on conflict do update"); a racing insert becomes the update.
        if (update(contractor) == 0) {
            var inserted = db.sql("""
                            insert into contractors (contractor_key, name, email, phone, created_at)
                            values (:key, :name, :email, :phone, :now)
                            on conflict do nothing""")
                    .param("key", contractor.key())
                    .param("name", contractor.name())
                    .param("email", contractor.email())
                    .param("phone", contractor.phone())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            if (inserted == 0) update(contractor);
        }
        return find(contractor.key()).orElseThrow();
    }

    private int update(Contractor contractor) {
        return db.sql("update contractors set name = :name, email = :email, phone = :phone where contractor_key = :key")
                .param("key", contractor.key())
                .param("name", contractor.name())
                .param("email", contractor.email())
                .param("phone", contractor.phone())
                .update();
    }

    static List<FieldProblem> problems(Contractor contractor) {
        var problems = new ArrayList<FieldProblem>();
        if (contractor.key() == null) {
            problems.add(new FieldProblem("key", "Enter a key, such as green-gardens"));
        } else if (!TemplateRules.KEY.matcher(contractor.key()).matches()
                || contractor.key().length() > 100) {
            problems.add(new FieldProblem(
                    "key", "The key must be lowercase letters, digits and hyphens, such as green-gardens"));
        }
        if (contractor.name() == null) problems.add(new FieldProblem("name", "Enter the contractor's name"));
        else if (contractor.name().length() > 200)
            problems.add(new FieldProblem("name", "The name must be 200 characters or fewer"));
        if (contractor.email() == null && contractor.phone() == null) {
            problems.add(new FieldProblem("email", "Enter an email address, a mobile number or both"));
        }
        if (contractor.email() != null
                && (!EMAIL.matcher(contractor.email()).matches()
                        || contractor.email().length() > 320)) {
            problems.add(
                    new FieldProblem("email", "Enter an email address in the correct format, like name@example.com"));
        }
        if (contractor.phone() != null && !PHONE.matcher(contractor.phone()).matches()) {
            problems.add(new FieldProblem("phone", "Enter a mobile number, like 07700 900 982 or +44 7700 900 982"));
        }
        return problems;
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Contractor contractor(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new Contractor(
                row.getString("contractor_key"), row.getString("name"), row.getString("email"), row.getString("phone"));
    }
}
