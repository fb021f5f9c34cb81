package org.casework.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casework.platform.Refusal.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The values of the lookup lists ({@code lookup_values}): read by every module that records a typed thing, edited by
 * administrators. Values are never deleted, only retired, so a record keeps the label it was made with.
 */
@Service
public class LookupLists {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final String COLUMNS = "code, label, inverse_label, department, retired_at";

    private final JdbcClient db;
    private final Clock clock;

    LookupLists(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Every value of the list, retired ones too, by label. */
    public List<LookupValue> values(LookupList list) {
        return db.sql("select " + COLUMNS + " from lookup_values where list_key = :list order by label, code")
                .param("list", list.key())
                .query(LookupLists::value)
                .list();
    }

    /**
     * The values to offer: not retired, and for a list kept per department those of the department and those for
     * every department. A null department offers every value not retired.
     */
    public List<LookupValue> offered(LookupList list, String department) {
        return values(list).stream()
                .filter(value -> !value.retired())
                .filter(value -> department == null
                        || value.department() == null
                        || value.department().equals(department))
                .toList();
    }

    public Optional<LookupValue> find(LookupList list, String code) {
        return db.sql("select " + COLUMNS + " from lookup_values where list_key = :list and code = :code")
                .param("list", list.key())
                .param("code", code)
                .query(LookupLists::value)
                .optional();
    }

    /**
     * The value a record is about to be given, which must be on offer (for the department, if given); refused with
     * {@link UnknownLookupValue} naming the field and the codes allowed.
     */
    public LookupValue require(String field, LookupList list, String code, String department) {
        var offered = offered(list, department);
        return offered.stream()
                .filter(value -> value.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new UnknownLookupValue(field, list, code, offered));
    }

    /** The label to show for a code a record holds, retired or not; the code itself if the list never had it. */
    public String labelOf(LookupList list, String code) {
        return find(list, code).map(LookupValue::label).orElse(code);
    }

    /**
     * Adds the value, or changes the label, inverse label and department of the one with its code (whether it is
     * retired is left as it is); refused with {@link LookupValueInvalid}.
     */
    @Transactional
    public LookupValue save(LookupList list, LookupValue written) {
        var value = new LookupValue(
                stripped(written.code()),
                stripped(written.label()),
                stripped(written.inverseLabel()),
                stripped(written.department()),
                false);
        var problems = problems(list, value);
        if (!problems.isEmpty()) throw new LookupValueInvalid(problems);
        var changed = db.sql("""
                        update lookup_values set label = :label, inverse_label = :inverse, department = :department
                        where list_key = :list and code = :code""")
                .param("list", list.key())
                .param("code", value.code())
                .param("label", value.label())
                .param("inverse", value.inverseLabel())
                .param("department", value.department())
                .update();
        if (changed == 0) {
            db.sql("""
                            insert into lookup_values (list_key, code, label, inverse_label, department, created_at)
                            values (:list, :code, :label, :inverse, :department, :now)""")
                    .param("list", list.key())
                    .param("code", value.code())
                    .param("label", value.label())
                    .param("inverse", value.inverseLabel())
                    .param("department", value.department())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        return find(list, value.code()).orElseThrow();
    }

    /** Offers the value no more; records that have it keep it. */
    @Transactional
    public LookupValue retire(LookupList list, String code) {
        return setRetired(list, code, Timestamp.from(clock.instant()));
    }

    /** Offers a retired value again. */
    @Transactional
    public LookupValue restore(LookupList list, String code) {
        return setRetired(list, code, null);
    }

    private LookupValue setRetired(LookupList list, String code, Timestamp at) {
        var changed = db.sql("update lookup_values set retired_at = :at where list_key = :list and code = :code")
                .param("list", list.key())
                .param("code", code)
                .param("at", at)
                .update();
        if (changed == 0) throw new LookupValueNotFound(list, code);
        return find(list, code).orElseThrow();
    }

    private List<Problem> problems(LookupList list, LookupValue value) {
        var problems = new ArrayList<Problem>();
        if (value.code() == null) {
            problems.add(new Problem("code", "Enter a code, such as home-phone"));
        } else if (!CODE.matcher(value.code()).matches()) {
            problems.add(new Problem(
                    "code", "The code must be lower-case letters, digits and hyphens, up to 60 characters"));
        }
        if (value.label() == null) {
            problems.add(new Problem("label", "Enter a label"));
        } else if (value.label().length() > 200) {
            problems.add(new Problem("label", "The label must be 200 characters or fewer"));
        }
        if (list.hasInverse() && value.inverseLabel() == null) {
            problems.add(new Problem("inverseLabel", "Enter the label from the other person's side, such as Child of"));
        } else if (!list.hasInverse() && value.inverseLabel() != null) {
            problems.add(new Problem("inverseLabel", list.title() + " have no label from the other side"));
        } else if (value.inverseLabel() != null && value.inverseLabel().length() > 200) {
            problems.add(new Problem("inverseLabel", "The label from the other side must be 200 characters or fewer"));
        }
        if (value.department() != null) {
            if (!list.perDepartment()) {
                problems.add(new Problem("department", list.title() + " are the same for every department"));
            } else {
                var departments = offered(LookupList.DEPARTMENTS, null);
                if (departments.stream().noneMatch(d -> d.code().equals(value.department()))) {
                    problems.add(new UnknownLookupValue(
                                    "department", LookupList.DEPARTMENTS, value.department(), departments)
                            .problems()
                            .getFirst());
                }
            }
        }
        return problems;
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LookupValue value(ResultSet rs, int row) throws SQLException {
        return new LookupValue(
                rs.getString("code"),
                rs.getString("label"),
                rs.getString("inverse_label"),
                rs.getString("department"),
                rs.getTimestamp("retired_at") != null);
    }
}
