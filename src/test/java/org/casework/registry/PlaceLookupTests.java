package org.casework.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Finding places as officers and residents look for them: a postcode's addresses in order, typed words, nearby. */
@IntegrationTest
class PlaceLookupTests {

    @Autowired
    GazetteerImports imports;

    @Autowired
    Places places;

    final long base = GazetteerFiles.uprnBlock();

    @BeforeEach
    void aStreetOfHousesAndFlats() {
        var file = new GazetteerFiles()
                .house(base + 1, "10A", "Acacia Avenue", "LM1 2NP", 530_030, 180_000)
                .house(base + 2, "9", "Acacia Avenue", "LM1 2NP", 530_027, 180_000)
                .flat(base + 3, 10, 12, "Acacia Avenue", "LM1 2NP", 530_040, 180_000)
                .house(base + 4, "2", "Acacia Avenue", "LM1 2NP", 530_006, 180_000)
                .flat(base + 5, 2, 12, "Acacia Avenue", "LM1 2NP", 530_040, 180_000)
                .house(base + 6, "10", "Acacia Avenue", "LM1 2NP", 530_030, 180_000)
                .flat(base + 7, 1, 12, "Acacia Avenue", "LM1 2NP", 530_040, 180_000)
                .house(base + 8, "12", "High Street", "LM1 3QR", 530_500, 180_000)
                .house(base + 9, "120", "High Street", "LM1 3QR", 531_500, 180_000);
        imports.importNow("addressbase", "street.csv", file.stream(), "ada");
    }

    @Test
    void aPostcodeListsItsAddressesByHouseNumberThenFlat() {
        var listed = places.inPostcode(Postcode.parse("lm12np").orElseThrow());

        assertThat(listed)
                .extracting(Place::singleLine)
                .containsExactly(
                        "2 Acacia Avenue, Anytown, LM1 2NP",
                        "9 Acacia Avenue, Anytown, LM1 2NP",
                        "10 Acacia Avenue, Anytown, LM1 2NP",
                        "10A Acacia Avenue, Anytown, LM1 2NP",
                        "Flat 1, 12 Acacia Avenue, Anytown, LM1 2NP",
                        "Flat 2, 12 Acacia Avenue, Anytown, LM1 2NP",
                        "Flat 10, 12 Acacia Avenue, Anytown, LM1 2NP");
    }

    @Test
    void typedWordsFindAddressesThatHaveEachAsTheStartOfAWord() {
        assertThat(places.search("12 high st", 10))
                .extracting(Place::singleLine)
                .containsExactly("12 High Street, Anytown, LM1 3QR");
        assertThat(places.search("flat 2 acacia", 10))
                .extracting(Place::singleLine)
                .contains("Flat 2, 12 Acacia Avenue, Anytown, LM1 2NP")
                .doesNotContain("Flat 1, 12 Acacia Avenue, Anytown, LM1 2NP");
        assertThat(places.search("LM1 3QR", 10)).hasSize(2);
        assertThat(places.search("lm13qr", 10)).hasSize(2);
        assertThat(places.search("  ", 10)).isEmpty();
    }

    @Test
    void nearbyPlacesAreThoseWithinTheDistanceNearestFirst() {
        var near = places.near(new Uprn(base + 4), 30, 10);

        assertThat(near)
                .extracting(nearby -> nearby.place().uprn().value(), NearbyPlace::metres)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(base + 2, 21),
                        org.assertj.core.groups.Tuple.tuple(base + 1, 24),
                        org.assertj.core.groups.Tuple.tuple(base + 6, 24));
        assertThat(places.near(new Uprn(base + 8), 400, 10)).isEmpty();
    }

    @Test
    void aPlaceIsFoundByItsUprnAndAnUnknownOneIsNot() {
        assertThat(places.find(new Uprn(base + 8))).map(Place::postcode).hasValue("LM1 3QR");
        assertThat(places.find(new Uprn(base + 999))).isEmpty();
        assertThat(places.findAll(java.util.List.of(new Uprn(base + 9), new Uprn(base + 999), new Uprn(base + 8))))
                .extracting(place -> place.uprn().value())
                .containsExactly(base + 9, base + 8);
    }
}
