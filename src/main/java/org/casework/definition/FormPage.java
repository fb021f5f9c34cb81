package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of an online form. {@code questions} are field keys; a page with a single question shows that question's
 * label as the page's heading (the GOV.UK pattern), and {@code title} is needed only for pages with several.
 * {@code showIf}, when given, is tested against the answers so far: a page whose condition does not hold is skipped
 * and its answers are not sent (so a conditional question is a conditional page).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FormPage(String key, String title, List<String> questions, Condition showIf) {

    public FormPage {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
