package org.casework.registry.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casework.registry.Person.Address;
import org.casework.registry.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A person's address history ({@code person_addresses}): the current address is the one without a to date. */
@Repository
public class AddressRows {

    private final JdbcClient db;

    AddressRows(JdbcClient db) {
        this.db = db;
    }

    public UUID add(PersonId person, Address address, Instant now) {
        var id = UUID.randomUUID();
        db.sql("""
                        insert into person_addresses (id, person_id, uprn, line_1, line_2, town, postcode, postcode_key,
                            from_date, to_date, created_at)
                        values (:id, :person, :uprn, :line1, :line2, :town, :postcode, :key, :from, :to, :now)""")
                .param("id", id)
                .param("person", person.value())
                .param("uprn", address.uprn())
                .param("line1", address.line1())
                .param("line2", address.line2())
                .param("town", address.town())
                .param("postcode", address.postcode())
                .param("key", ContactKeys.postcodeKey(address.postcode()))
                .param("from", address.from())
                .param("to", address.to())
                .param("now", Timestamp.from(now))
                .update();
        return id;
    }

    /** The history, current address first, then the most recent. */
    public List<Address> of(PersonId person) {
        return db.sql("""
                        select * from person_addresses where person_id = :person
                        order by case when to_date is null then 0 else 1 end, to_date desc, from_date desc nulls last,
                            created_at desc""")
                .param("person", person.value())
                .query((rs, n) -> new Address(
                        rs.getObject("id", UUID.class),
                        rs.getObject("uprn", Long.class),
                        rs.getString("line_1"),
                        rs.getString("line_2"),
                        rs.getString("town"),
                        rs.getString("postcode"),
                        rs.getObject("from_date", LocalDate.class),
                        rs.getObject("to_date", LocalDate.class)))
                .list();
    }

    /** The current address of each of these people that has one, on one line. */
    public java.util.Map<UUID, String> currentOf(java.util.Collection<UUID> people) {
        var current = new java.util.HashMap<UUID, String>();
        if (people.isEmpty()) return current;
        db.sql("select * from person_addresses where person_id in (:people) and to_date is null")
                .param("people", people)
                .query(rs -> {
                    var address = new Address(
                            null,
                            null,
                            rs.getString("line_1"),
                            rs.getString("line_2"),
                            rs.getString("town"),
                            rs.getString("postcode"),
                            null,
                            null);
                    current.put(rs.getObject("person_id", UUID.class), address.singleLine());
                });
        return current;
    }

    public Optional<Address> find(PersonId person, UUID id) {
        return of(person).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Ends every current address of the person on this day (the day they moved to a new one). */
    public int endCurrent(PersonId person, LocalDate on) {
        return db.sql("update person_addresses set to_date = :on where person_id = :person and to_date is null")
                .param("on", on)
                .param("person", person.value())
                .update();
    }

    public boolean end(PersonId person, UUID id, LocalDate on) {
        return db.sql("update person_addresses set to_date = :on where id = :id and person_id = :person")
                        .param("on", on)
                        .param("id", id)
                        .param("person", person.value())
                        .update()
                == 1;
    }

    public boolean remove(PersonId person, UUID id) {
        return db.sql("delete from person_addresses where id = :id and person_id = :person")
                        .param("id", id)
                        .param("person", person.value())
                        .update()
                == 1;
    }

    /**
     * Moves the merged person's addresses to the survivor, dropping one the survivor has already (the same place or
     * the same lines and postcode, over the same dates); returns how many moved.
     */
    public int move(PersonId from, PersonId to) {
        db.sql("""
                        delete from person_addresses where person_id = :from and exists (
                            select 1 from person_addresses kept where kept.person_id = :to
                            and (kept.uprn = person_addresses.uprn
                                or (kept.uprn is null and person_addresses.uprn is null
                                    and lower(kept.line_1) = lower(person_addresses.line_1)
                                    and coalesce(kept.postcode_key, '') = coalesce(person_addresses.postcode_key, '')))
                            and coalesce(kept.from_date, date '1000-01-01')
                                = coalesce(person_addresses.from_date, date '1000-01-01')
                            and coalesce(kept.to_date, date '1000-01-01')
                                = coalesce(person_addresses.to_date, date '1000-01-01'))""").param("from", from.value()).param("to", to.value()).update();
        return db.sql("update person_addresses set person_id = :to where person_id = :from")
                .param("to", to.value())
                .param("from", from.value())
                .update();
    }

    public int count(PersonId person) {
        return db.sql("select count(*) from person_addresses where person_id = :person")
                .param("person", person.value())
                .query(Integer.class)
                .single();
    }
}
