package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How citizens ask for the service online: the form's pages, each asking one thing (or a few closely related things)
 * of the process's fields, and the words of its start and confirmation pages. It is part of the process document, so
 * a form and the process it feeds are published, versioned and checked together: a question can only ask for a field
 * the process has. {@code offered} lists the process in the portal's catalogue of services; a form that is not
 * offered can still be written and tried before it goes live.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OnlineForm(
        @JsonProperty("public") boolean offered, String introduction, List<FormPage> pages, String whatHappensNext) {

    public OnlineForm {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** Every field the form can ask for, in page order. */
    public List<String> questions() {
        return pages.stream().flatMap(page -> page.questions().stream()).toList();
    }
}
