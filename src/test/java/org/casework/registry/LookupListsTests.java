package org.casework.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.casework.engine.Cases;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lookup lists as the modules that record typed things use them. */
@IntegrationTest
class LookupListsTests {

    @Autowired
    LookupLists lookups;

    @Autowired
    Cases cases;

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aValueNotOnOfferIsRefusedWithTheCodesThatAre() {
        assertThatThrownBy(() -> lookups.require("contactType", LookupList.CONTACT_TYPES, "carrier-pigeon", null))
                .isInstanceOfSatisfying(UnknownLookupValue.class, refused -> {
                    assertThat(refused.allowed()).contains("email", "mobile", "home-phone");
                    assertThat(refused.reasonFor("contactType"))
                            .startsWith("'carrier-pigeon' is not one of the contact types; use one of:");
                });
    }

    @Test
    void anotherDepartmentsValueIsRefusedForThisDepartment() {
        var parks = unique("parks");
        var libraries = unique("libraries");
        lookups.save(LookupList.DEPARTMENTS, new LookupValue(parks, "Parks", null, null, false));
        lookups.save(LookupList.DEPARTMENTS, new LookupValue(libraries, "Libraries", null, null, false));
        var overdueBook = unique("overdue-book");
        lookups.save(LookupList.DEMAND_TYPES, new LookupValue(overdueBook, "Overdue book", null, libraries, false));

        assertThat(lookups.require("demandType", LookupList.DEMAND_TYPES, overdueBook, libraries)
                        .label())
                .isEqualTo("Overdue book");
        assertThatThrownBy(() -> lookups.require("demandType", LookupList.DEMAND_TYPES, overdueBook, parks))
                .isInstanceOf(UnknownLookupValue.class);
    }

    @Test
    void aRetiredValueKeepsItsLabelForOldRecordsButIsRefusedForNewOnes() {
        var telex = unique("telex");
        lookups.save(LookupList.CONTACT_TYPES, new LookupValue(telex, "Telex", null, null, false));
        lookups.retire(LookupList.CONTACT_TYPES, telex);

        assertThat(lookups.labelOf(LookupList.CONTACT_TYPES, telex)).isEqualTo("Telex");
        assertThatThrownBy(() -> lookups.require("contactType", LookupList.CONTACT_TYPES, telex, null))
                .isInstanceOf(UnknownLookupValue.class);
    }

    @Test
    void theReasonsACaseMayBeAbandonedForAreTheAbandonReasonsList() {
        var reason = unique("moved-away");
        lookups.save(LookupList.ABANDON_REASONS, new LookupValue(reason, "The person moved away", null, null, false));

        assertThat(cases.abandonReasons()).anyMatch(r -> r.key().equals(reason));
        assertThat(cases.abandonReasons()).anyMatch(r -> r.key().equals("duplicate"));

        lookups.retire(LookupList.ABANDON_REASONS, reason);
        assertThat(cases.abandonReasons()).noneMatch(r -> r.key().equals(reason));
    }
}
