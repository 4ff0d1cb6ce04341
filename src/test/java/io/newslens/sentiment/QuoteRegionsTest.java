package io.newslens.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteRegionsTest {
    @Test
    void marksTypographicDoubleQuotes() {
        String s = "He called it “a disaster” today.";
        assertThat(quotedText(s)).isEqualTo("a disaster");
    }

    @Test
    void togglesStraightDoubleQuotes() {
        assertThat(quotedText("A \"bad\" deal and \"worse\" talks")).isEqualTo("badworse");
    }

    @Test
    void apostropheDoesNotCloseSingleQuote() {
        assertThat(quotedText("She said ‘Iran’s army lied’ again")).isEqualTo("Iran’s army lied");
    }

    @Test
    void apostropheAloneIsNotAQuote() {
        assertThat(quotedText("The lawmaker’s state policy director")).isEmpty();
    }

    private static String quotedText(String s) {
        boolean[] inside = QuoteRegions.inside(s);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (inside[i]) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
