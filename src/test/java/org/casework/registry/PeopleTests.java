package org.casework.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.casework.identity.Citizens;
import org.casework.identity.NewCitizen;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The person register as other modules and the pages use it. */
@IntegrationTest
@RecordApplicationEvents
class PeopleTests {

    @Autowired
    People people;

    @Autowired
    LookupLists lookups;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Citizens citizens;

    /** A birthday no other test is likely to use, so searches by it see only this test's people. */
    private static String birthday() {
        var day = LocalDate.of(1925, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
        return day.toString();
    }

    private PersonId add(String given, String family, String dateOfBirth) {
        return people.add(new NewPerson(given, family, dateOfBirth), true, "tester");
    }

    private List<String> namesFound(PersonCriteria criteria) {
        return people.search(criteria).people().stream()
                .map(PersonSummary::name)
                .toList();
    }

    @Test
    void searchFindsJoseByJoseWithoutTheAccentOrCapitals() {
        var born = birthday();
        add("José", "Álvarez", born);

        assertThat(namesFound(new PersonCriteria("jose alvarez", born, null, null, null)))
                .containsExactly("José Álvarez");
        assertThat(namesFound(new PersonCriteria("JOS", born, null, null, null)))
                .containsExactly("José Álvarez");
    }

    @Test
    void searchFindsCommonMisspellingsBySound() {
        var born = birthday();
        add("Stephen", "Smyth", born);
        add("Anna", "Thomson", born);

        assertThat(namesFound(new PersonCriteria("Smith", born, null, null, null)))
                .containsExactly("Stephen Smyth");
        assertThat(namesFound(new PersonCriteria("Steven Smith", born, null, null, null)))
                .containsExactly("Stephen Smyth");
        assertThat(namesFound(new PersonCriteria("Thompson", born, null, null, null)))
                .containsExactly("Anna Thomson");
    }

    @Test
    void searchFindsSomeoneByANameTheyUsedBefore() {
        var born = birthday();
        var id = add("Mary", "Jones", born);
        people.changeName(id, "Mary", "Evans", "2020-06-01", "tester");

        assertThat(namesFound(new PersonCriteria("mary jones", born, null, null, null)))
                .containsExactly("Mary Evans");
        assertThat(people.get(id).previousNames()).singleElement().satisfies(previous -> {
            assertThat(previous.name()).isEqualTo("Mary Jones");
            assertThat(previous.changedOn()).isEqualTo(LocalDate.of(2020, 6, 1));
        });
    }

    @Test
    void searchFindsPeopleByDateOfBirthReferenceEmailPhoneAndPostcode() {
        var born = birthday();
        var ni = "QQ" + (100000 + ThreadLocalRandom.current().nextInt(899999)) + "C";
        var email = "p" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var phone = "07700 9" + (10000 + ThreadLocalRandom.current().nextInt(89999));
        var id = people.add(
                new NewPerson(
                        "Priya",
                        "Patel",
                        born,
                        List.of(new NewContact("email", email), new NewContact("mobile", phone)),
                        List.of(new NewReference("ni-number", ni)),
                        new NewAddress(null, "1 Test Street", null, "Testtown", "zz9 9zz", null)),
                true,
                "tester");

        assertThat(namesFound(new PersonCriteria(null, born, null, null, null))).contains("Priya Patel");
        assertThat(namesFound(new PersonCriteria(null, null, ni.toLowerCase(), null, null)))
                .containsExactly("Priya Patel");
        assertThat(namesFound(new PersonCriteria(null, null, null, email.toUpperCase(), null)))
                .containsExactly("Priya Patel");
        var spaced = "+44 " + phone.replace(" ", "").substring(1).replaceAll("(\\d{4})(\\d{3})(\\d+)", "$1 $2 $3");
        assertThat(namesFound(new PersonCriteria(null, null, null, spaced, null)))
                .containsExactly("Priya Patel");
        assertThat(namesFound(new PersonCriteria("patel", born, null, null, "ZZ99ZZ")))
                .containsExactly("Priya Patel");
        assertThat(people.get(id).currentAddress().orElseThrow().postcode()).isEqualTo("ZZ9 9ZZ");
    }

    @Test
    void searchByPostcodeListsThoseLivingThereNowFirst() {
        var born = birthday();
        var movedAway = add("Aled", "Bevan", born);
        people.addAddress(movedAway, new NewAddress(null, "2 Old Road", null, null, "ZZ1 1ZZ", "2010-01-01"), "t");
        people.addAddress(movedAway, new NewAddress(null, "9 New Road", null, null, "ZZ2 2ZZ", "2015-01-01"), "t");
        var livesThere = add("Zoe", "Adams", born);
        people.addAddress(livesThere, NewAddress.place(10001234L, "2 Old Road, Testtown", "ZZ1 1ZZ", null), "t");

        assertThat(namesFound(new PersonCriteria(null, born, null, null, "zz1 1zz")))
                .containsExactly("Zoe Adams", "Aled Bevan");
        var bevan = people.get(movedAway);
        assertThat(bevan.currentAddress().orElseThrow().line1()).isEqualTo("9 New Road");
        assertThat(bevan.addresses())
                .filteredOn(a -> !a.current())
                .singleElement()
                .satisfies(old -> assertThat(old.to()).isEqualTo(LocalDate.of(2015, 1, 1)));
        assertThat(people.get(livesThere).currentAddress().orElseThrow().uprn()).isEqualTo(10001234L);
    }

    @Test
    void aLikelyDuplicateIsWarnedAboutWhenAdding() {
        var born = birthday();
        var jane = add("Jane", "Smith", born);
        var email = "d" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        people.addContact(jane, new NewContact("email", email), "tester");

        assertThatThrownBy(() -> people.add(new NewPerson("Jayne", "Smyth", born), false, "tester"))
                .isInstanceOfSatisfying(
                        LikelyDuplicates.class,
                        refused -> assertThat(refused.matches()).singleElement().satisfies(match -> {
                            assertThat(match.person().id()).isEqualTo(jane);
                            assertThat(match.reasons()).containsExactly("Same date of birth and a similar name");
                        }));
        var sameEmail = new NewPerson(
                "Someone", "Else", null, List.of(new NewContact("email", email.toUpperCase())), List.of(), null);
        assertThat(people.likelyDuplicates(sameEmail))
                .singleElement()
                .satisfies(match -> assertThat(match.reasons()).containsExactly("Same contact detail: " + email));
        assertThat(people.likelyDuplicates(new NewPerson("John", "Smith", born)))
                .as("a twin brother is someone else")
                .isEmpty();

        var added = people.add(new NewPerson("Jayne", "Smyth", born), true, "tester");
        assertThat(people.get(added).name()).isEqualTo("Jayne Smyth");
        assertThat(people.history(added))
                .singleElement()
                .satisfies(event -> assertThat(event.detail()).contains("confirmed as not someone already on it"));
    }

    @Test
    void aRelationshipShowsFromBothSidesWithTheInverseLabel() {
        var born = birthday();
        var jane = add("Jane", "Smith", born);
        var tom = add("Tom", "Smith", "2015-05-05");

        people.relate(jane, "parent", tom, "tester");

        assertThat(people.get(jane).relationships())
                .singleElement()
                .satisfies(r -> assertThat(r.label() + " " + r.otherName()).isEqualTo("Parent of Tom Smith"));
        assertThat(people.get(tom).relationships()).singleElement().satisfies(r -> {
            assertThat(r.label() + " " + r.otherName()).isEqualTo("Child of Jane Smith");
            assertThat(r.other()).isEqualTo(jane);
        });
        assertThatThrownBy(() -> people.relate(tom, "best-friend", jane, "tester"))
                .isInstanceOfSatisfying(
                        UnknownLookupValue.class,
                        refused -> assertThat(refused.allowed()).contains("parent", "carer"));
        assertThatThrownBy(() -> people.relate(jane, "parent", tom, "tester"))
                .isInstanceOf(PersonInvalid.class)
                .hasMessageContaining("recorded already");
    }

    @Test
    void aRetiredContactTypeStillReadsOnAnOldRecordButIsRefusedForANewOne() {
        var pager = "pager-" + UUID.randomUUID().toString().substring(0, 8);
        lookups.save(LookupList.CONTACT_TYPES, new LookupValue(pager, "Pager", null, null, false));
        var id = add("Old", "Timer", birthday());
        people.addContact(id, new NewContact(pager, "01632 960 001"), "tester");
        lookups.retire(LookupList.CONTACT_TYPES, pager);

        assertThat(people.get(id).contacts())
                .singleElement()
                .satisfies(contact -> assertThat(contact.typeLabel()).isEqualTo("Pager"));
        assertThatThrownBy(() -> people.addContact(id, new NewContact(pager, "01632 960 002"), "tester"))
                .isInstanceOfSatisfying(PersonInvalid.class, refused -> {
                    var reason = refused.reasonFor("type");
                    assertThat(reason).startsWith("'" + pager + "' is not one of the contact types; use one of:");
                    assertThat(reason.substring(reason.indexOf("use one of:")))
                            .contains("email", "mobile")
                            .doesNotContain(pager);
                });
    }

    @Test
    void contactDetailsAreCheckedForTheirType() {
        var id = add("Check", "Me", birthday());

        assertThatThrownBy(() -> people.addContact(id, new NewContact("email", "not-an-email"), "tester"))
                .isInstanceOfSatisfying(
                        PersonInvalid.class,
                        refused -> assertThat(refused.reasonFor("value"))
                                .startsWith("Enter an email address in the correct format"));
        assertThatThrownBy(() -> people.addContact(id, new NewContact("mobile", "12345"), "tester"))
                .isInstanceOfSatisfying(
                        PersonInvalid.class,
                        refused -> assertThat(refused.reasonFor("value")).startsWith("Enter a phone number"));
        assertThatThrownBy(() -> people.add(new NewPerson("Never", "Born", "2001-02-30"), true, "tester"))
                .isInstanceOfSatisfying(
                        PersonInvalid.class,
                        refused -> assertThat(refused.reasonFor("dateOfBirth"))
                                .isEqualTo("Date of birth must be a real date"));
    }

    @Test
    void mergingMovesEveryLinkDropsASelfRelationshipRecordsTheMergeAndPublishesPeopleMerged() {
        var born = birthday();
        var email = "m" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var survivor = people.add(
                new NewPerson("Robert", "Brown", born, List.of(new NewContact("email", email)), List.of(), null),
                true,
                "tester");
        var duplicate = people.add(
                new NewPerson(
                        "Bob",
                        "Brown",
                        born,
                        List.of(new NewContact("email", email), new NewContact("home-phone", "01632 960 123")),
                        List.of(new NewReference("council-tax-account", "CT-" + born)),
                        new NewAddress(null, "3 Merge Lane", null, null, "ZZ3 3ZZ", null)),
                true,
                "tester");
        var child = add("Ruby", "Brown", "2012-03-03");
        people.relate(duplicate, "parent", child, "tester");
        people.relate(survivor, "partner", duplicate, "tester");
        people.addPreviousName(duplicate, "Bobby", "Green", null, "tester");

        var preview = people.mergePreview(survivor, duplicate);
        assertThat(preview.contacts()).isEqualTo(2);
        assertThat(preview.relationships()).isEqualTo(2);

        people.merge(survivor, duplicate, "supervisor");

        var merged = people.get(survivor);
        assertThat(merged.contacts())
                .extracting(Person.ContactDetail::value)
                .containsExactlyInAnyOrder(email, "01632 960 123");
        assertThat(merged.references()).extracting(Person.Reference::value).containsExactly("CT-" + born);
        assertThat(merged.currentAddress().orElseThrow().line1()).isEqualTo("3 Merge Lane");
        assertThat(merged.relationships())
                .as("the partnership with oneself is dropped")
                .singleElement()
                .satisfies(r -> assertThat(r.label() + " " + r.otherName()).isEqualTo("Parent of Ruby Brown"));
        assertThat(merged.previousNames())
                .extracting(Person.PreviousName::name)
                .containsExactlyInAnyOrder("Bobby Green", "Bob Brown");
        assertThat(people.get(child).relationships())
                .singleElement()
                .satisfies(r -> assertThat(r.label() + " " + r.otherName()).isEqualTo("Child of Robert Brown"));

        var tombstone = people.get(duplicate);
        assertThat(tombstone.mergedInto()).isEqualTo(survivor);
        assertThat(namesFound(new PersonCriteria("bobby", born, null, null, null)))
                .containsExactly("Robert Brown");
        assertThat(people.history(survivor)).first().satisfies(event -> {
            assertThat(event.what()).isEqualTo("merged");
            assertThat(event.actor()).isEqualTo("supervisor");
            assertThat(event.detail()).startsWith("Merged with Bob Brown");
        });
        assertThat(people.history(duplicate).getFirst().detail()).startsWith("Merged into Robert Brown");
        assertThat(events.stream(PeopleMerged.class))
                .containsExactly(new PeopleMerged(survivor, duplicate, "supervisor"));
        assertThatThrownBy(() -> people.addContact(duplicate, new NewContact("email", "x@example.com"), "t"))
                .isInstanceOf(PersonInvalid.class)
                .hasMessageContaining("merged into");
    }

    @Test
    void aCitizenConfirmingTheirEmailIsLinkedToTheOnePersonWithThatEmail() {
        var email = "k" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var person = people.add(
                new NewPerson("Kim", "Link", birthday(), List.of(new NewContact("email", email)), List.of(), null),
                true,
                "tester");
        var registered =
                citizens.register(new NewCitizen(email.toUpperCase(), "a long enough password", "Kim", "Link"));

        citizens.verifyEmail(registered.secret());

        assertThat(people.get(person).citizenAccount())
                .isEqualTo(registered.to().id());
        assertThat(people.byCitizenAccount(registered.to().id()).map(Person::id))
                .contains(person);
        assertThat(people.history(person).getFirst().detail()).startsWith("Linked the citizen account of");
    }

    @Test
    void aCitizenWhoseEmailTwoPeopleHaveIsLeftForAnOfficerToLink() {
        var email = "t" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var one = people.add(
                new NewPerson("Twin", "One", birthday(), List.of(new NewContact("email", email)), List.of(), null),
                true,
                "tester");
        var other = people.add(
                new NewPerson("Twin", "Two", birthday(), List.of(new NewContact("email", email)), List.of(), null),
                true,
                "tester");
        var registered = citizens.register(new NewCitizen(email, "a long enough password", "Twin", "One"));

        citizens.verifyEmail(registered.secret());

        assertThat(people.get(one).citizenAccount()).isNull();
        assertThat(people.get(other).citizenAccount()).isNull();
    }
}
