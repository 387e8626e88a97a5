package org.sitrep.eval.muc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;

/**
 * The features of a candidate MUC-4 filler, each joined to its MUC role: where the mapping found it (an
 * argument, a claimant, an organisation inside an agent, a device named by the trigger, a mention in the
 * incident's sentence), the incident type, the Sitrep event type, role, modality and actor type, the entity's
 * type, mention kind and mention count, where a sentence mention stands from the trigger, the filler's words
 * (first, last, each one, how many, whether one is capitalised) and how early in the article the incident is told.
 */
final class FillerFeatures {
    private final Map<String, Entity> entities;
    private final Map<CharSpan, EntityMention> mentions;

    FillerFeatures(Map<String, Entity> entities, Map<CharSpan, EntityMention> mentions) {
        this.entities = entities;
        this.mentions = mentions;
    }

    /** A filler the rules found: an argument (or claimant, or organisation inside one), or the trigger. */
    List<String> of(
            String source, String incidentType, MucRole role, Event event, Optional<Argument> argument, String text) {
        List<String> f = common(source, incidentType, role, event, text);
        String r = role.key() + ":";
        argument.ifPresent(a -> {
            f.add(r + "argument=" + a.role());
            f.add(r + "argument=" + a.role() + "/" + event.type());
            a.actor().ifPresent(actor -> f.add(r + "actor=" + actor.acledType()));
            Optional<Entity> entity = a.entityId().map(entities::get);
            f.add(r + "entity=" + entity.map(e -> e.type().toString()).orElse("none"));
            entity.ifPresent(e -> f.add(r + "mentions=" + Math.min(e.mentions().size(), 4)));
            EntityMention mention = mentions.get(a.span());
            f.add(r + "kind=" + (mention == null ? "none" : mention.kind().toString()));
        });
        return f;
    }

    /** A mention in the incident's sentence that is none of its arguments. */
    List<String> ofMention(
            String incidentType, MucRole role, Event event, EntityMention mention, Optional<Entity> entity) {
        List<String> f = common("sentence", incidentType, role, event, mention.text());
        String r = role.key() + ":";
        f.add(r + "entity=" + mention.type());
        f.add(r + "kind=" + mention.kind());
        f.add(r + "kind=" + mention.kind() + "/" + mention.type());
        entity.ifPresent(e -> f.add(r + "mentions=" + Math.min(e.mentions().size(), 4)));
        CharSpan trigger = event.trigger().trigger();
        boolean before = mention.span().end() <= trigger.begin();
        int gap =
                before ? trigger.begin() - mention.span().end() : mention.span().begin() - trigger.end();
        f.add(r + "side=" + (before ? "before" : "after"));
        f.add(r + "gap=" + (before ? "-" : "+") + Math.min(gap / 20, 4));
        return f;
    }

    /** A mention outside the sentences of the incidents of its type, {@code distance} sentences from the nearest. */
    List<String> ofArticleMention(String incidentType, MucRole role, Event event, EntityMention mention, int distance) {
        List<String> f = common("article", incidentType, role, event, mention.text());
        String r = role.key() + ":";
        f.add(r + "entity=" + mention.type());
        f.add(r + "kind=" + mention.kind());
        f.add(r + "kind=" + mention.kind() + "/" + mention.type());
        f.add(r + "distance=" + (distance <= 2 ? Integer.toString(distance) : distance <= 5 ? "3-5" : "6+"));
        f.add(r + "mentionsentence=" + Math.min(mention.sentenceIndex(), 6));
        return f;
    }

    private static List<String> common(String source, String incidentType, MucRole role, Event event, String text) {
        List<String> f = new ArrayList<>();
        String r = role.key() + ":";
        f.add(r + "bias");
        f.add(r + "source=" + source);
        f.add(r + "incident=" + incidentType);
        f.add(r + "event=" + event.type());
        f.add(r + "modality=" + event.modality());
        int sentence = event.mentions().stream()
                .mapToInt(EventMention::sentenceIndex)
                .min()
                .orElse(0);
        f.add(r + "sentence=" + Math.min(sentence, 6));
        List<String> words = List.of(MucScorer.normalise(text).split(" "));
        f.add(r + "length=" + Math.min(words.size(), 5));
        f.add(r + "first=" + shape(words.get(0)));
        f.add(r + "last=" + shape(words.get(words.size() - 1)));
        for (String w : words) {
            f.add(r + "word=" + shape(w));
        }
        f.add(r + "capitalised=" + !text.equals(text.toLowerCase(Locale.ROOT)));
        return f;
    }

    /** A word, with its digits as 0 ("1989" and "1990" are one feature). */
    private static String shape(String word) {
        return word.replaceAll("[0-9]", "0");
    }
}
