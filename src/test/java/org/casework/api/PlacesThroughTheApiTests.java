package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator's system loads the gazetteer over the API and follows the import; any officer's key looks places
 * up by UPRN, postcode, words and distance. Bad input is answered with problem details naming the field.
 */
@IntegrationTest
class PlacesThroughTheApiTests {

    static final String HEADER =
            "UPRN,USRN,PARENT_UPRN,SAO_START_NUMBER,SAO_START_SUFFIX,SAO_END_NUMBER,SAO_END_SUFFIX,"
                    + "SAO_TEXT,PAO_START_NUMBER,PAO_START_SUFFIX,PAO_END_NUMBER,PAO_END_SUFFIX,PAO_TEXT,STREET_DESCRIPTION,"
                    + "LOCALITY,TOWN_NAME,POSTCODE_LOCATOR,X_COORDINATE,Y_COORDINATE,LATITUDE,LONGITUDE,CLASS";

    static final String FILE = HEADER + "\r\n"
            + "660000000001,21700500,,,,,,,7,,,,,Orchard Way,,Anytown,NP1 1AB,400000.00,200000.00,51.7,-2.0,RD04\r\n"
            + "660000000002,21700500,,1,,,,Flat,9,,,,,Orchard Way,,Anytown,NP1 1AB,400020.00,200000.00,51.7,-2.0,RD06\r\n"
            + "660000000003,21700500,,,,,,,11,,,,,Orchard Way,,Anytown,NP1 1AB,999999999,200000.00,51.7,-2.0,RD04\r\n";

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer admin;
    TestCouncil.Officer officer;

    @BeforeEach
    void aCouncil() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        officer = council.officer("olu", "highways");
    }

    @Test
    void anAdministratorImportsAFileFollowsItAndReadsTheRejectedRows() {
        var started = upload(admin, Map.of("layout", "addressbase"), "orchard-way.csv", FILE);

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        var location = started.header("Location");
        assertThat(location).isEqualTo("/api/v1/gazetteer/imports/" + started.text("/id"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> admin.api().get(location).text("/status").equals("finished"));
        var finished = admin.api().get(location).json();
        assertThat(finished.path("fileName").asString()).isEqualTo("orchard-way.csv");
        assertThat(finished.path("rowsRead").asLong()).isEqualTo(3);
        assertThat(finished.path("rowsImported").asLong()).isEqualTo(2);
        assertThat(finished.path("rowsRejected").asLong()).isEqualTo(1);
        var rejections = admin.api().get(location + "/rejections").json();
        assertThat(rejections.size()).isEqualTo(1);
        assertThat(rejections.get(0).path("lineNumber").asLong()).isEqualTo(4);
        assertThat(rejections.get(0).path("reason").asString())
                .isEqualTo("X_COORDINATE ‘999999999’ is not metres east, from 0 to 700000");

        var place = officer.api().get("/api/v1/places/660000000002");
        assertThat(place.status()).isEqualTo(200);
        assertThat(place.text("/singleLine")).isEqualTo("Flat 1, 9 Orchard Way, Anytown, NP1 1AB");
        assertThat(place.text("/address/sao/text")).isEqualTo("Flat");
        assertThat(place.json().at("/address/pao/startNumber").asInt()).isEqualTo(9);
        assertThat(place.json().at("/coordinates/easting").asDouble()).isEqualTo(400020.0);

        var inPostcode = officer.api().get("/api/v1/places?postcode=np11ab").json();
        assertThat(inPostcode.size()).isEqualTo(2);
        assertThat(inPostcode.get(0).path("uprn").asString()).isEqualTo("660000000001");
        assertThat(officer.api()
                        .get("/api/v1/places?q=flat%201%20orchard")
                        .json()
                        .size())
                .isEqualTo(1);
        var nearby = officer.api()
                .get("/api/v1/places/660000000001/nearby?metres=50")
                .json();
        assertThat(nearby.size()).isEqualTo(1);
        assertThat(nearby.get(0).path("metres").asInt()).isEqualTo(20);
    }

    @Test
    void aLargeFileCanBeSentAsTheRequestBody() {
        var streamed = postCsv("/api/v1/gazetteer/imports?layout=addressbase&fileName=big.csv");
        assertThat(streamed.status()).as(streamed.toString()).isEqualTo(202);
        assertThat(streamed.text("/fileName")).isEqualTo("big.csv");
    }

    @Test
    void badInputIsAnsweredWithProblemDetailsNamingTheField() {
        var unknownLayout = upload(admin, Map.of("layout", "nlpg"), "orchard-way.csv", FILE);
        assertThat(unknownLayout.status()).isEqualTo(422);
        assertThat(unknownLayout.contentType()).startsWith("application/problem+json");
        assertThat(unknownLayout.text("/errors/0/field")).isEqualTo("layout");

        var noFile = Multipart.post(
                port, key(admin), "/api/v1/gazetteer/imports", Map.of("layout", "addressbase"), null, null, null);
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.contentType()).startsWith("application/problem+json");
        assertThat(noFile.text("/errors/0/field")).isEqualTo("file");

        var wrongColumns = upload(admin, Map.of("layout", "addressbase"), "os.csv", "UPRN,X_COORDINATE\r\n1,2\r\n");
        assertThat(wrongColumns.status()).isEqualTo(422);
        assertThat(wrongColumns.text("/errors/0/reason")).contains("it has no USRN");

        var unknownPlace = officer.api().get("/api/v1/places/123456789012");
        assertThat(unknownPlace.status()).isEqualTo(404);
        assertThat(unknownPlace.contentType()).startsWith("application/problem+json");
        assertThat(officer.api().get("/api/v1/places/12ab").status()).isEqualTo(400);
        assertThat(officer.api().get("/api/v1/places?postcode=nowhere").text("/errors/0/field"))
                .isEqualTo("postcode");
        assertThat(officer.api().get("/api/v1/places").status()).isEqualTo(400);
        assertThat(admin.api()
                        .get("/api/v1/gazetteer/imports/" + java.util.UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyAnAdministratorMayImport() {
        var refused = upload(officer, Map.of("layout", "addressbase"), "orchard-way.csv", FILE);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(officer.api().get("/api/v1/gazetteer/layouts").status()).isEqualTo(403);
        assertThat(admin.api()
                        .get("/api/v1/gazetteer/layouts")
                        .json()
                        .get(1)
                        .path("name")
                        .asString())
                .isEqualTo("os-open-uprn");
    }

    private Api.Response upload(TestCouncil.Officer who, Map<String, String> fields, String name, String csv) {
        return Multipart.post(
                port,
                key(who),
                "/api/v1/gazetteer/imports",
                fields,
                name,
                "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    private Api.Response postCsv(String path) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + key(admin))
                .header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(FILE))
                .build();
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Api.Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().map(),
                    response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A key of the officer's own with every scope, for the raw HTTP requests. */
    private String key(TestCouncil.Officer who) {
        return apiKeys.issue(who.username(), "places test", java.util.Set.of(org.casework.identity.Scope.values()))
                .key();
    }
}
