package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.testing.TestPipelines;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Alias merging and typing on small texts, through the standard pipeline. */
class EntityMergerTest {
    private static List<Entity> entities(String text) {
        return TestPipelines.entities(text).entities();
    }

    private static List<Entity> matching(List<Entity> entities, String query) {
        return entities.stream().filter(e -> e.matches(query)).toList();
    }

    @Test
    void titleAndSurnameMergeIntoTheFullName() {
        List<Entity> entities = entities("Secretary of State Mike Pompeo visited Baghdad on Monday. "
                + "Pompeo said the talks went well.");
        assertThat(matching(entities, "Pompeo")).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Mike Pompeo");
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.count()).isEqualTo(2);
            assertThat(e.aliases()).containsExactly("Mike Pompeo", "Pompeo");
        });
    }

    @Test
    void acronymAndHyphenatedModifierMergeWithTheFullName() {
        List<Entity> entities = entities("The Islamic Revolutionary Guard Corps (IRGC) denied the report. "
                + "IRGC-backed groups fired rockets at the base.");
        assertThat(matching(entities, "IRGC")).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Islamic Revolutionary Guard Corps");
            assertThat(e.type()).isEqualTo(EntityType.ORG);
            assertThat(e.aliases()).containsExactlyInAnyOrder("IRGC", "Islamic Revolutionary Guard Corps");
            assertThat(e.count()).isEqualTo(3);
        });
    }

    @Test
    void spellingsOfTheUnitedStatesAreOneEntity() {
        List<Entity> entities = entities("The US sent troops. Later the U.S. sent more. "
                + "The United States said it would stay.");
        assertThat(matching(entities, "US")).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("United States");
            assertThat(e.type()).isEqualTo(EntityType.GPE);
            assertThat(e.count()).isEqualTo(3);
            assertThat(e.aliases()).contains("US", "U.S.", "United States");
        });
    }

    @Test
    void demonymAdjectiveIsNotAnEntityButAPluralPeopleIs() {
        assertThat(entities("Iranian officials met on Monday.")).noneMatch(e -> e.type() == EntityType.NORP);
        assertThat(entities("Iraqis protested on Monday.")).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EntityType.NORP);
            assertThat(e.aliases()).contains("Iraqis");
        });
    }

    @Test
    void capitalCityStaysItself() {
        List<Entity> entities = entities("Tehran denied the claim. Iran said nothing more.");
        assertThat(matching(entities, "Tehran")).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Tehran");
            assertThat(e.type()).isEqualTo(EntityType.GPE);
            assertThat(e.count()).isEqualTo(1);
        });
        assertThat(matching(entities, "Iran")).singleElement().satisfies(e -> assertThat(e.aliases()).doesNotContain("Tehran"));
    }

    @Test
    void entitiesComeMostMentionedFirst() {
        List<Entity> entities = entities("Iraq and Iran talked. Iran said yes. Iran said no.");
        assertThat(entities).isNotEmpty();
        assertThat(entities.get(0).name()).isEqualTo("Iran");
        assertThat(entities.get(0).count()).isEqualTo(3);
    }

    @Test
    void textWithoutNamesHasNoEntities() {
        assertThat(entities("it was a quiet day and nothing happened.")).isEmpty();
        assertThat(entities("")).isEmpty();
    }
}
