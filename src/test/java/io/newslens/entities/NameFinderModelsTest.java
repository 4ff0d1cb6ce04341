package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import opennlp.tools.namefind.TokenNameFinderModel;

/** The shipped model loads from the classpath and tags a plain news sentence sensibly. */
class NameFinderModelsTest {
    @Test
    void shippedModelFindsPeopleAndPlaceInANewsSentence() {
        TokenNameFinderModel model = NameFinderModels.loadShipped();

        assertThat(NameFinderTrainerTest.names(model,
                "Secretary of State Mike Pompeo met Justin Trudeau in Ottawa ."))
                .containsExactly("person:Mike Pompeo", "person:Justin Trudeau", "location:Ottawa");
    }

    @Test
    void shippedModelFindsAnOrganisation() {
        TokenNameFinderModel model = NameFinderModels.loadShipped();

        assertThat(NameFinderTrainerTest.names(model,
                "The World Health Organization said on Monday that the outbreak was over ."))
                .contains("organization:World Health Organization");
    }
}
