package org.casework.forms.web;

import java.util.Optional;
import java.util.stream.Stream;
import org.casework.definition.Address;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldType;
import org.casework.definition.FormPage;
import org.casework.definition.ProcessDefinition;
import org.casework.forms.Forms;
import org.casework.registry.AddressPicker;
import org.casework.registry.Places;
import org.casework.registry.Postcode;
import org.casework.registry.Uprn;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * An address question on an online form, in GOV.UK's "find an address" pattern: the citizen types a postcode and
 * picks their address from the council's places (which keeps its UPRN), or says they cannot find it and types it. A
 * form page asks an address on its own, so the picker's boxes ({@code postcode}, {@code uprn}, {@code line1}, {@code
 * line2}, {@code town}) belong to that one question.
 */
@Component
class AddressQuestion {

    private final Places places;

    AddressQuestion(Places places) {
        this.places = places;
    }

    /** The address field a page asks, if it asks one. */
    static Optional<FieldDefinition> on(ProcessDefinition definition, FormPage page) {
        return page.questions().stream()
                .map(key -> definition.field(key).orElseThrow())
                .filter(field -> field.type() == FieldType.ADDRESS)
                .findFirst();
    }

    /** The picker as the page shows it: after "Find address" (a GET with the postcode), or for typing. */
    AddressPicker picker(String postcode, boolean manual) {
        return AddressPicker.lookUp(places, postcode, manual);
    }

    /** The picker showing the address a draft already holds: its postcode's addresses, or the boxes it was typed in. */
    AddressPicker picker(String answer) {
        var address = Forms.answeredAddress(answer).orElse(null);
        if (address == null) return AddressPicker.EMPTY;
        return picker(address.postcode(), address.uprn() == null);
    }

    /**
     * The answer posted: the place chosen from the list, or the lines typed, as the text a draft keeps; or why it
     * cannot be taken, in GOV.UK's words. Nothing posted is an empty answer, which a mandatory question refuses.
     */
    Answer answer(MultiValueMap<String, String> posted) {
        var uprn = text(posted.getFirst("uprn"));
        var postcode = text(posted.getFirst("postcode"));
        if ("true".equals(posted.getFirst("manual"))) return typed(posted, postcode);
        if (!uprn.isEmpty()) {
            var place = Uprn.parse(uprn).flatMap(places::find).filter(found -> !found.isRetired());
            if (place.isEmpty()) return Answer.refused("Select your address from the list");
            return Answer.of(new Address(
                    place.get().uprn().toString(),
                    place.get().postalLines(),
                    place.get().postcode()));
        }
        if (!postcode.isEmpty()) return Answer.refused("Select your address from the list, or select Find address");
        return Answer.of(null);
    }

    private static Answer typed(MultiValueMap<String, String> posted, String postcode) {
        var line1 = text(posted.getFirst("line1"));
        var line2 = text(posted.getFirst("line2"));
        var town = text(posted.getFirst("town"));
        if (line1.isEmpty() && line2.isEmpty() && town.isEmpty() && postcode.isEmpty()) return Answer.of(null);
        if (line1.isEmpty()) return Answer.refused("Enter address line 1, typically the building and street");
        if (town.isEmpty()) return Answer.refused("Enter town or city");
        var code = Postcode.parse(postcode);
        if (code.isEmpty()) return Answer.refused("Enter a real postcode, like SW1A 1AA");
        var lines =
                Stream.of(line1, line2, town).filter(line -> !line.isEmpty()).toList();
        return Answer.of(new Address(null, lines, code.get().value()));
    }

    private static String text(String posted) {
        return posted == null ? "" : posted.strip();
    }

    /** The draft's text for the question (empty when nothing was given), or the problem with what was posted. */
    record Answer(String text, String problem) {
        static Answer of(Address address) {
            return new Answer(address == null ? "" : Forms.addressAnswer(address), null);
        }

        static Answer refused(String problem) {
            return new Answer("", problem);
        }
    }
}
