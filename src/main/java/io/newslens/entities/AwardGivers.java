package io.newslens.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the giver's name off an award's ("Time Person of the Year" → "Time" and "Person of the
 * Year") when the document names the giver alone elsewhere ("Time magazine announced").
 *
 * <p>Why after the whole document is read: the chunker sees one run of capitalised words, and
 * only the giver named alone says where the award's name starts ("Pop Album of the Year" stays
 * whole). Without the split the giver is no mention there. Stateless: thread-safe.
 */
final class AwardGivers {
    /** Words of an award's own name: "Person of the Year". */
    private static final int AWARD_WORDS = 4;

    private AwardGivers() {
    }

    /** {@code mentions} with such awards made two mentions, in the same order. */
    static List<Mention> split(List<Mention> mentions) {
        Map<String, EntityType> typeByText = new HashMap<>();
        mentions.forEach(m -> typeByText.putIfAbsent(m.text(), m.type()));
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String[] words = m.text().split(" ");
            if (!NameChunker.isAwardName(m.text()) || words.length <= AWARD_WORDS) {
                out.add(m);
                continue;
            }
            String giver = String.join(" ", List.of(words).subList(0, words.length - AWARD_WORDS));
            String award = String.join(" ", List.of(words).subList(words.length - AWARD_WORDS, words.length));
            int awardStart = m.text().lastIndexOf(award);
            if (typeByText.containsKey(giver) && awardStart > giver.length()) {
                out.add(new Mention(giver, typeByText.get(giver), m.start(), m.start() + giver.length()));
                out.add(new Mention(award, EntityType.MISC, m.start() + awardStart, m.end()));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
