package org.casework.work.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.casework.conversation.Documents;
import org.casework.conversation.InformationRequests;
import org.casework.conversation.Messages;
import org.casework.engine.CaseView;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The case page's conversation with the citizen: its documents, its messages and what the citizen was asked for. */
@Component
class CaseConversation {

    private final Documents documents;
    private final Messages messages;
    private final InformationRequests requests;

    CaseConversation(Documents documents, Messages messages, InformationRequests requests) {
        this.documents = documents;
        this.messages = messages;
        this.requests = requests;
    }

    ModelAndView addTo(ModelAndView page, CaseView view) {
        return page.addObject("documents", documents.of(view.id()))
                .addObject("messages", messages.thread(view.id()))
                .addObject("requests", requests.of(view.id()))
                .addObject("documentTypes", documents.types())
                .addObject("typeNames", typeNames(documents))
                .addObject("uploadHint", "The file must be " + documents.limits() + ".");
    }

    /** Each document type's name for people: "proof-of-address" is "Proof of address". */
    static Map<String, String> typeNames(Documents documents) {
        var names = new LinkedHashMap<String, String>();
        for (var type : documents.types()) names.put(type, typeName(type));
        return new DefaultingMap(names);
    }

    static String typeName(String type) {
        var words = type.replace('-', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.UK) + words.substring(1);
    }

    /** Types not on the list (asked for by a process, or removed since) are named from their key. */
    private static final class DefaultingMap extends LinkedHashMap<String, String> {
        DefaultingMap(Map<String, String> names) {
            super(names);
        }

        @Override
        public String get(Object key) {
            var known = super.get(key);
            return known != null || !(key instanceof String type) ? known : typeName(type);
        }
    }
}
