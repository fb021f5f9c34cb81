package org.casework.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Postcodes as people type them, and addresses written on one line. */
class PostcodeTests {

    @Test
    void aPostcodeIsWrittenInCapitalsWithOneSpaceBeforeTheInwardCode() {
        assertThat(Postcode.parse("sw1a1aa")).map(Postcode::value).hasValue("SW1A 1AA");
        assertThat(Postcode.parse(" M1  1ae ")).map(Postcode::value).hasValue("M1 1AE");
        assertThat(Postcode.parse("b338th")).map(Postcode::value).hasValue("B33 8TH");
        assertThat(Postcode.parse("not a postcode")).isEmpty();
        assertThat(Postcode.parse("SW1A")).isEmpty();
    }

    @Test
    void anAddressOnOneLineHasTheFlatTheBuildingTheStreetTheTownAndThePostcode() {
        var flat = new Place(
                new Uprn(1),
                null,
                null,
                new AddressableObject(2, null, null, null, "Flat"),
                new AddressableObject(12, null, null, null, null),
                "High Street",
                null,
                "Anytown",
                "AB1 2CD",
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(flat.singleLine()).isEqualTo("Flat 2, 12 High Street, Anytown, AB1 2CD");
        assertThat(flat.searchText()).isEqualTo(" flat 2 12 high street anytown ab1 2cd ab12cd ");
        var range = new AddressableObject(17, null, 19, "A", null);
        assertThat(range.number()).isEqualTo("17-19A");
        assertThat(Map.of("x", new AddressableObject(null, null, null, null, "The Old Forge").textThenNumber()))
                .containsEntry("x", "The Old Forge");
    }
}
