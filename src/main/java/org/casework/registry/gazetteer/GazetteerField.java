package org.casework.registry.gazetteer;

/**
 * What a column of a gazetteer file can hold: a layout maps some of these to its header names. Each knows how its
 * value is checked, so a row is judged the same whatever layout it came in.
 */
public enum GazetteerField {
    UPRN(Kind.REFERENCE),
    USRN(Kind.REFERENCE),
    PARENT_UPRN(Kind.REFERENCE),
    SAO_START_NUMBER(Kind.NUMBER),
    SAO_START_SUFFIX(Kind.SUFFIX),
    SAO_END_NUMBER(Kind.NUMBER),
    SAO_END_SUFFIX(Kind.SUFFIX),
    SAO_TEXT(Kind.TEXT),
    PAO_START_NUMBER(Kind.NUMBER),
    PAO_START_SUFFIX(Kind.SUFFIX),
    PAO_END_NUMBER(Kind.NUMBER),
    PAO_END_SUFFIX(Kind.SUFFIX),
    PAO_TEXT(Kind.TEXT),
    STREET(Kind.TEXT),
    LOCALITY(Kind.TEXT),
    TOWN(Kind.TEXT),
    POSTCODE(Kind.POSTCODE),
    EASTING(Kind.EASTING),
    NORTHING(Kind.NORTHING),
    LATITUDE(Kind.LATITUDE),
    LONGITUDE(Kind.LONGITUDE),
    CLASSIFICATION(Kind.CLASSIFICATION);

    enum Kind {
        REFERENCE,
        NUMBER,
        SUFFIX,
        TEXT,
        POSTCODE,
        EASTING,
        NORTHING,
        LATITUDE,
        LONGITUDE,
        CLASSIFICATION
    }

    final Kind kind;

    GazetteerField(Kind kind) {
        this.kind = kind;
    }
}
