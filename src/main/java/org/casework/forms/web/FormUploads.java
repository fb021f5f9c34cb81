package org.casework.forms.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.conversation.DocumentId;
import org.casework.conversation.DocumentRefused;
import org.casework.conversation.Documents;
import org.casework.definition.FieldType;
import org.casework.definition.FormPage;
import org.casework.forms.FormDraft;
import org.casework.forms.Forms;
import org.casework.forms.OfferedService;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The files a form page uploads. Each is checked (size, and type by its content) and stored as the draft owner's
 * document, not yet on any case; its id becomes the question's answer, and sending the form puts it on the new case.
 * A question answered with a file earlier keeps it when the page is sent again without a new one.
 */
@Component
class FormUploads {

    private final Documents documents;

    FormUploads(Documents documents) {
        this.documents = documents;
    }

    /** Stores the page's files into {@code answers}; returns what is wrong with any refused file, by field. */
    Map<String, String> take(
            OfferedService service,
            FormPage page,
            FormDraft draft,
            HttpServletRequest request,
            Map<String, String> answers) {
        var problems = new LinkedHashMap<String, String>();
        for (var key : page.questions()) {
            var field = service.definition().field(key).orElseThrow();
            if (field.type() != FieldType.DOCUMENT) continue;
            var file =
                    request instanceof MultipartHttpServletRequest multipart ? multipart.getFile("field-" + key) : null;
            if (file == null
                    || (file.isEmpty()
                            && (file.getOriginalFilename() == null
                                    || file.getOriginalFilename().isBlank()))) {
                answers.put(key, draft.answers().get(key));
                continue;
            }
            try (var content = file.getInputStream()) {
                var stored = documents.upload(key, file.getOriginalFilename(), content, Forms.owner(draft));
                answers.put(key, stored.id().value().toString());
            } catch (DocumentRefused refused) {
                answers.put(key, draft.answers().get(key));
                problems.put(key, refused.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return problems;
    }

    /** The answers with each document's id replaced by its file name, for the check-your-answers page. */
    Map<String, String> named(OfferedService service, Map<String, String> answers) {
        var named = new LinkedHashMap<>(answers);
        for (var field : service.definition().fields()) {
            if (field.type() != FieldType.DOCUMENT || answers.get(field.key()) == null) continue;
            try {
                var id = new DocumentId(java.util.UUID.fromString(answers.get(field.key())));
                documents.find(id).ifPresent(document -> named.put(field.key(), document.filename()));
            } catch (IllegalArgumentException notAnId) {
                // left as it is
            }
        }
        return named;
    }
}
