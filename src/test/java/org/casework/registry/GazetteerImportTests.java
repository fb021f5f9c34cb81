package org.casework.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * Loading the gazetteer from CSV files: both built-in layouts, re-imports that change and retire places, and rows
 * that are wrong, each reported by line and skipped while the rest are taken.
 */
@IntegrationTest
class GazetteerImportTests {

    @Autowired
    GazetteerImports imports;

    @Autowired
    Places places;

    final long base = GazetteerFiles.uprnBlock();

    @Test
    void anAddressBaseFileBecomesPlacesWithTheirAddressesCoordinatesAndParents() {
        var file = new GazetteerFiles()
                .address(
                        base + 1,
                        Map.of(
                                "PAO_START_NUMBER", 12,
                                "PAO_TEXT", "Acacia Court",
                                "STREET_DESCRIPTION", "High Street",
                                "POSTCODE_LOCATOR", "ab1 2cd",
                                "X_COORDINATE", "530047.25",
                                "Y_COORDINATE", "179951.50",
                                "LATITUDE", "51.5034070",
                                "LONGITUDE", "-0.1275920",
                                "CLASS", "PP"))
                .address(
                        base + 2,
                        Map.of(
                                "PARENT_UPRN", base + 1,
                                "SAO_TEXT", "Flat",
                                "SAO_START_NUMBER", 2,
                                "PAO_START_NUMBER", 12,
                                "PAO_TEXT", "Acacia Court",
                                "STREET_DESCRIPTION", "High Street",
                                "POSTCODE_LOCATOR", "AB1 2CD",
                                "CLASS", "RD06"));

        var finished = imports.importNow("addressbase", "council.csv", file.stream(), "ada");

        assertThat(finished.status()).isEqualTo(GazetteerImportStatus.FINISHED);
        assertThat(finished.rowsRead()).isEqualTo(2);
        assertThat(finished.rowsImported()).isEqualTo(2);
        assertThat(finished.rowsRejected()).isZero();
        assertThat(finished.placesChanged()).isEqualTo(2);
        var flat = places.get(new Uprn(base + 2));
        assertThat(flat.singleLine()).isEqualTo("Flat 2, Acacia Court, 12 High Street, Anytown, AB1 2CD");
        assertThat(flat.usrn()).isEqualTo(21700999L);
        assertThat(flat.parent()).isEqualTo(new Uprn(base + 1));
        assertThat(flat.classification()).isEqualTo("RD06");
        var building = places.get(new Uprn(base + 1));
        assertThat(building.easting()).isEqualByComparingTo("530047.25");
        assertThat(building.northing()).isEqualByComparingTo("179951.5");
        assertThat(building.latitude()).isEqualByComparingTo("51.503407");
        assertThat(building.longitude()).isEqualByComparingTo("-0.127592");
        assertThat(places.within(building.uprn())).containsExactly(flat);
    }

    @Test
    void anOsOpenUprnFileMovesKnownPlacesAndAddsCoordinateOnlyOnesWithoutTouchingAddresses() throws IOException {
        imports.importNow(
                "addressbase",
                "council.csv",
                new GazetteerFiles().house(770000000001L, "3", "Mill Lane", "CD3 4EF", 1, 1).stream(),
                "ada");

        GazetteerImport finished;
        try (var sample = new ClassPathResource("registry/os-open-uprn-sample.csv").getInputStream()) {
            finished = imports.importNow("os-open-uprn", "osopenuprn_202611.csv", sample, "ada");
        }

        assertThat(finished.status()).as(String.valueOf(finished.failure())).isEqualTo(GazetteerImportStatus.FINISHED);
        assertThat(finished.rowsRead()).isEqualTo(20);
        assertThat(finished.rowsImported()).isEqualTo(20);
        var known = places.get(new Uprn(770000000001L));
        assertThat(known.singleLine()).isEqualTo("3 Mill Lane, Anytown, CD3 4EF");
        assertThat(known.easting()).isEqualByComparingTo("529007.50");
        assertThat(known.latitude()).isEqualByComparingTo("51.4990292");
        var coordinatesOnly = places.get(new Uprn(770000000020L));
        assertThat(coordinatesOnly.hasAddress()).isFalse();
        assertThat(coordinatesOnly.northing()).isEqualByComparingTo("179565.00");
        assertThat(places.inPostcode(Postcode.parse("CD3 4EF").orElseThrow())).containsExactly(known);
    }

    @Test
    void reImportingChangesAChangedRowRetiresARemovedOneAndLeavesTheRestUntouched() {
        var postcode = "EF5 6GH";
        imports.importNow(
                "addressbase",
                "first.csv",
                new GazetteerFiles()
                                .house(base + 1, "1", "Mill Lane", postcode, 100, 100)
                                .house(base + 2, "2", "Mill Lane", postcode, 110, 100)
                                .house(base + 3, "3", "Mill Lane", postcode, 120, 100)
                                .stream(),
                "ada");

        var again = imports.importNow(
                "addressbase",
                "second.csv",
                new GazetteerFiles()
                                .house(base + 1, "1", "Mill Lane", postcode, 100, 100)
                                .house(base + 2, "2A", "Mill Lane", postcode, 110, 100)
                                .stream(),
                "ada");

        assertThat(again.placesChanged()).isEqualTo(1);
        assertThat(again.placesRetired()).isGreaterThanOrEqualTo(1);
        assertThat(places.inPostcode(Postcode.parse(postcode).orElseThrow()))
                .extracting(Place::singleLine)
                .containsExactly("1 Mill Lane, Anytown, EF5 6GH", "2A Mill Lane, Anytown, EF5 6GH");
        var removed = places.get(new Uprn(base + 3));
        assertThat(removed.isRetired()).isTrue();
        assertThat(removed.singleLine()).as("still shown on old records").isEqualTo("3 Mill Lane, Anytown, EF5 6GH");

        var unchanged = imports.importNow(
                "addressbase",
                "third.csv",
                new GazetteerFiles()
                                .house(base + 1, "1", "Mill Lane", postcode, 100, 100)
                                .house(base + 2, "2A", "Mill Lane", postcode, 110, 100)
                                .house(base + 3, "3", "Mill Lane", postcode, 120, 100)
                                .stream(),
                "ada");
        assertThat(unchanged.placesChanged()).as("only the place brought back").isEqualTo(1);
        assertThat(unchanged.placesRetired()).isZero();
        assertThat(places.get(new Uprn(base + 3)).isRetired()).isFalse();
    }

    @Test
    void aMalformedRowIsReportedWithItsLineAndReasonAndTheRestAreImported() {
        var postcode = "GH7 8JK";
        imports.importNow(
                "addressbase",
                "first.csv",
                new GazetteerFiles().house(base + 4, "4", "Station Road", postcode, 100, 100).stream(),
                "ada");
        var file = new GazetteerFiles()
                .house(base + 1, "1", "Station Road", postcode, 100, 100) // line 2
                .line("12ab,,,,,,,,5,,,,,Station Road,,Anytown,GH7 8JK,100,100,,,RD04") // line 3
                .house(base + 2, "2", "Station Road", postcode, 100, 100) // line 4
                .line(base + 3 + ",21700999,,,,") // line 5
                .house(base + 4, "4", "Station Road", postcode, -5, 100) // line 6
                .house(base + 5, "5", "Station Road", "NOT A POSTCODE", 100, 100) // line 7
                .house(base + 1, "1", "Station Road", postcode, 100, 100); // line 8

        var finished = imports.importNow("addressbase", "with-mistakes.csv", file.stream(), "ada");

        assertThat(finished.status()).isEqualTo(GazetteerImportStatus.FINISHED);
        assertThat(finished.rowsRead()).isEqualTo(7);
        assertThat(finished.rowsImported()).isEqualTo(2);
        assertThat(finished.rowsRejected()).isEqualTo(5);
        assertThat(imports.rejections(finished.id(), 0, 100))
                .containsExactly(
                        new GazetteerRejection(3, "UPRN ‘12ab’ is not a UPRN"),
                        new GazetteerRejection(5, "has 6 values where the header has 22 columns"),
                        new GazetteerRejection(6, "X_COORDINATE ‘-5’ is not metres east, from 0 to 700000"),
                        new GazetteerRejection(7, "POSTCODE_LOCATOR ‘NOT A POSTCODE’ is not a postcode"),
                        new GazetteerRejection(8, "UPRN " + (base + 1) + " is on line 2 already"));
        assertThat(places.inPostcode(Postcode.parse(postcode).orElseThrow()))
                .extracting(Place::singleLine)
                .containsExactly(
                        "1 Station Road, Anytown, GH7 8JK",
                        "2 Station Road, Anytown, GH7 8JK",
                        "4 Station Road, Anytown, GH7 8JK");
        assertThat(places.get(new Uprn(base + 4)).isRetired())
                .as("a place whose row was rejected is not taken for absent")
                .isFalse();
        assertThat(places.find(new Uprn(base + 5))).isEmpty();
    }

    @Test
    void aFileInTheWrongLayoutOrAnUnknownLayoutIsRefusedBeforeItStarts() {
        var osFile = "UPRN,X_COORDINATE,Y_COORDINATE,LATITUDE,LONGITUDE\r\n1,1,1,51,0\r\n";

        assertThatThrownBy(() -> imports.start("addressbase", "os.csv", stream(osFile), "ada"))
                .isInstanceOf(GazetteerImportRefused.class)
                .hasMessageContaining("it has no USRN, PARENT_UPRN");
        assertThatThrownBy(() -> imports.start("nlpg", "os.csv", stream(osFile), "ada"))
                .isInstanceOf(GazetteerImportRefused.class)
                .hasMessage("Select the file’s layout: one of addressbase, os-open-uprn");
        assertThatThrownBy(() -> imports.start("os-open-uprn", "empty.csv", stream(""), "ada"))
                .isInstanceOf(GazetteerImportRefused.class)
                .hasMessage("The selected file is empty");
    }

    @Test
    void anImportStartedInTheBackgroundShowsItsProgressUntilItFinishes() {
        var started = imports.start(
                "addressbase",
                "council.csv",
                new GazetteerFiles().house(base + 1, "1", "Church Lane", "JK9 1LM", 100, 100).stream(),
                "ada");

        assertThat(started.fileName()).isEqualTo("council.csv");
        assertThat(started.startedBy()).isEqualTo("ada");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> imports.find(started.id()).orElseThrow().status().isDone());
        var finished = imports.find(started.id()).orElseThrow();
        assertThat(finished.status()).isEqualTo(GazetteerImportStatus.FINISHED);
        assertThat(finished.finishedAt()).isNotNull();
        assertThat(imports.recent(5)).extracting(GazetteerImport::id).contains(started.id());
        assertThat(places.get(new Uprn(base + 1)).easting()).isEqualByComparingTo(BigDecimal.valueOf(100));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
