package org.casework.registry.gazetteer;

import static org.casework.registry.gazetteer.GazetteerField.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Gazetteer imports: where uploaded files wait to be read ({@code directory}, the system's temporary folder unless
 * set; several nodes need not share it, as the node that took the file reads it), how many rejected rows an import
 * keeps, how long a running import may go without news before it is taken for dead, and the file layouts. Two
 * layouts are built in, {@code addressbase} and {@code os-open-uprn}; {@code casework.registry.gazetteer.layouts.<name>}
 * adds another or replaces one, mapping fields ({@code uprn}, {@code pao-start-number}, {@code postcode} …) to the
 * file's header names.
 */
@ConfigurationProperties("casework.registry.gazetteer")
public record GazetteerProperties(
        Path directory,
        @DefaultValue("10000") int rejectionsKept,
        @DefaultValue("5m") Duration stalledAfter,
        Map<String, Layout> layouts) {

    /**
     * One file layout. {@code coordinatesOnly}: the file gives positions only, so it changes the coordinates of places
     * and adds coordinate-only places, never an address. {@code retiresAbsent}: the file is the whole gazetteer, so a
     * place it last gave an address to and no longer lists is retired.
     */
    public record Layout(
            String description,
            @DefaultValue("false") boolean coordinatesOnly,
            @DefaultValue("false") boolean retiresAbsent,
            Map<GazetteerField, String> columns) {

        public Layout {
            columns = columns == null || columns.isEmpty()
                    ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(columns));
        }
    }

    /**
     * A flattened AddressBase Premium / Plus extract, one row per address, with AddressBase's own field names (BLPU:
     * UPRN, PARENT_UPRN, X/Y_COORDINATE, LATITUDE, LONGITUDE, POSTCODE_LOCATOR; LPI: USRN and the SAO_/PAO_ parts;
     * street descriptor: STREET_DESCRIPTION, LOCALITY, TOWN_NAME; classification: CLASS).
     */
    static final Layout ADDRESSBASE = new Layout(
            "AddressBase (one row per address)",
            false,
            true,
            columns(
                    UPRN, "UPRN",
                    USRN, "USRN",
                    PARENT_UPRN, "PARENT_UPRN",
                    SAO_START_NUMBER, "SAO_START_NUMBER",
                    SAO_START_SUFFIX, "SAO_START_SUFFIX",
                    SAO_END_NUMBER, "SAO_END_NUMBER",
                    SAO_END_SUFFIX, "SAO_END_SUFFIX",
                    SAO_TEXT, "SAO_TEXT",
                    PAO_START_NUMBER, "PAO_START_NUMBER",
                    PAO_START_SUFFIX, "PAO_START_SUFFIX",
                    PAO_END_NUMBER, "PAO_END_NUMBER",
                    PAO_END_SUFFIX, "PAO_END_SUFFIX",
                    PAO_TEXT, "PAO_TEXT",
                    STREET, "STREET_DESCRIPTION",
                    LOCALITY, "LOCALITY",
                    TOWN, "TOWN_NAME",
                    POSTCODE, "POSTCODE_LOCATOR",
                    EASTING, "X_COORDINATE",
                    NORTHING, "Y_COORDINATE",
                    LATITUDE, "LATITUDE",
                    LONGITUDE, "LONGITUDE",
                    CLASSIFICATION, "CLASS"));

    /** Ordnance Survey's open file of every UPRN's position: {@code UPRN,X_COORDINATE,Y_COORDINATE,LATITUDE,LONGITUDE}. */
    static final Layout OS_OPEN_UPRN = new Layout(
            "OS Open UPRN (coordinates only)",
            true,
            false,
            columns(
                    UPRN, "UPRN",
                    EASTING, "X_COORDINATE",
                    NORTHING, "Y_COORDINATE",
                    LATITUDE, "LATITUDE",
                    LONGITUDE, "LONGITUDE"));

    public GazetteerProperties {
        var all = new LinkedHashMap<String, Layout>();
        all.put("addressbase", ADDRESSBASE);
        all.put("os-open-uprn", OS_OPEN_UPRN);
        if (layouts != null) all.putAll(layouts);
        layouts = java.util.Collections.unmodifiableMap(all);
        if (directory == null) directory = Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static Map<GazetteerField, String> columns(Object... fieldsAndNames) {
        var columns = new LinkedHashMap<GazetteerField, String>();
        for (int i = 0; i < fieldsAndNames.length; i += 2) {
            columns.put((GazetteerField) fieldsAndNames[i], (String) fieldsAndNames[i + 1]);
        }
        return columns;
    }
}
