package org.casework.registry.places;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casework.registry.AddressableObject;
import org.casework.registry.NearbyPlace;
import org.casework.registry.Place;
import org.casework.registry.Places;
import org.casework.registry.Postcode;
import org.casework.registry.Uprn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code places} table. Free text matches each typed word as the start of a word of the address
 * ({@code like '% word%'} on the lower-case address text, which a trigram index serves on PostgreSQL); nearby finds
 * the places in a square around the place on the grid index, then keeps those within the circle.
 */
@Component
class PlaceLookup implements Places {

    /**
     * How a person reads a list of addresses: by street, house number, building name, then the building itself
     * before its flats, by flat number.
     */
    static final String IN_ORDER = " order by street, pao_start_number, coalesce(pao_start_suffix, ''),"
            + " coalesce(pao_text, ''), case when sao_start_number is null and sao_text is null then 0 else 1 end,"
            + " sao_start_number, coalesce(sao_start_suffix, ''), coalesce(sao_text, ''), uprn";

    private static final int MOST_WORDS = 8;

    private final JdbcClient db;

    PlaceLookup(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Optional<Place> find(Uprn uprn) {
        return db.sql(SELECT + " where uprn = :uprn")
                .param("uprn", uprn.value())
                .query(PlaceLookup::place)
                .optional();
    }

    @Override
    public List<Place> findAll(List<Uprn> uprns) {
        if (uprns.isEmpty()) return List.of();
        var found = new LinkedHashMap<Uprn, Place>();
        uprns.forEach(uprn -> found.put(uprn, null));
        db.sql(SELECT + " where uprn in (:uprns)")
                .param("uprns", uprns.stream().map(Uprn::value).toList())
                .query(PlaceLookup::place)
                .list()
                .forEach(place -> found.put(place.uprn(), place));
        return found.values().stream().filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<Place> inPostcode(Postcode postcode) {
        return db.sql(SELECT + " where postcode = :postcode and retired_on is null" + IN_ORDER)
                .param("postcode", postcode.value())
                .query(PlaceLookup::place)
                .list();
    }

    @Override
    public List<Place> search(String words, int limit) {
        var typed = words == null
                ? List.<String>of()
                : List.of(words.toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z0-9]+", " ")
                                .strip()
                                .split(" "))
                        .stream()
                        .filter(word -> !word.isEmpty())
                        .limit(MOST_WORDS)
                        .toList();
        if (typed.isEmpty()) return List.of();
        var sql = new StringBuilder(SELECT + " where retired_on is null");
        for (int i = 0; i < typed.size(); i++)
            sql.append(" and address_text like :word").append(i);
        var query = db.sql(sql + IN_ORDER.replace("order by", "order by postcode,") + " limit :limit");
        for (int i = 0; i < typed.size(); i++) query = query.param("word" + i, pattern(typed.get(i)));
        return query.param("limit", limit).query(PlaceLookup::place).list();
    }

    /** A word is the start of a word of the address; a number is a whole one, so "12" does not find 120. */
    private static String pattern(String word) {
        return word.chars().allMatch(Character::isDigit) ? "% " + word + " %" : "% " + word + "%";
    }

    @Override
    public List<NearbyPlace> near(Uprn uprn, int metres, int limit) {
        var centre = find(uprn).filter(Place::hasGridReference);
        if (centre.isEmpty()) return List.of();
        var east = centre.get().easting().doubleValue();
        var north = centre.get().northing().doubleValue();
        var inSquare = db.sql(SELECT + "\n" + """
                         where easting between :west and :east and northing between :south and :north
                         and retired_on is null and uprn <> :uprn""")
                .param("west", east - metres)
                .param("east", east + metres)
                .param("south", north - metres)
                .param("north", north + metres)
                .param("uprn", uprn.value())
                .query(PlaceLookup::place)
                .list();
        var near = new ArrayList<NearbyPlace>();
        for (var place : inSquare) {
            var distance = Math.hypot(
                    place.easting().doubleValue() - east, place.northing().doubleValue() - north);
            if (distance <= metres) near.add(new NearbyPlace(place, (int) Math.round(distance)));
        }
        near.sort(Comparator.comparingInt(NearbyPlace::metres)
                .thenComparing(nearby -> nearby.place().uprn().value()));
        return near.size() > limit ? List.copyOf(near.subList(0, limit)) : near;
    }

    @Override
    public List<Place> within(Uprn parent) {
        return db.sql(SELECT + " where parent_uprn = :parent and retired_on is null" + IN_ORDER)
                .param("parent", parent.value())
                .query(PlaceLookup::place)
                .list();
    }

    private static final String SELECT = """
            select uprn, usrn, parent_uprn, sao_start_number, sao_start_suffix, sao_end_number, sao_end_suffix,
                sao_text, pao_start_number, pao_start_suffix, pao_end_number, pao_end_suffix, pao_text, street,
                locality, town, postcode, easting, northing, latitude, longitude, classification, retired_on
            from places""";

    static Place place(ResultSet row, int n) throws SQLException {
        var parent = (Long) row.getObject("parent_uprn", Long.class);
        return new Place(
                new Uprn(row.getLong("uprn")),
                row.getObject("usrn", Long.class),
                parent == null ? null : new Uprn(parent),
                object(row, "sao_"),
                object(row, "pao_"),
                row.getString("street"),
                row.getString("locality"),
                row.getString("town"),
                row.getString("postcode"),
                decimal(row, "easting"),
                decimal(row, "northing"),
                decimal(row, "latitude"),
                decimal(row, "longitude"),
                row.getString("classification"),
                row.getObject("retired_on", LocalDate.class));
    }

    private static AddressableObject object(ResultSet row, String prefix) throws SQLException {
        return new AddressableObject(
                row.getObject(prefix + "start_number", Integer.class),
                row.getString(prefix + "start_suffix"),
                row.getObject(prefix + "end_number", Integer.class),
                row.getString(prefix + "end_suffix"),
                row.getString(prefix + "text"));
    }

    private static BigDecimal decimal(ResultSet row, String column) throws SQLException {
        var value = row.getBigDecimal(column);
        return value;
    }
}
