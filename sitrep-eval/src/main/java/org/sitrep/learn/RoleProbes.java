package org.sitrep.learn;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sitrep.app.Knowledge;
import org.sitrep.app.Sitrep;
import org.sitrep.extract.events.EventRoleCandidates;
import org.sitrep.extract.events.GivenTrigger;
import org.sitrep.extract.events.RoleCandidate;
import org.sitrep.extract.events.RoleModel;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Token;

/**
 * Hand-written sentences, each with a trigger and its type, whose parse, candidates and role decisions the data
 * card records, so that a test can check that the shipped role model gives the decisions the card says (features
 * recomputed from the recorded parse), with no corpus at hand.
 */
final class RoleProbes {
    /** Sentence, trigger word, Sitrep type. */
    static final List<List<String>> PROBES = List.of(
            List.of(
                    "Gunmen from the Islamic State attacked a police checkpoint in Kirkuk on Monday.",
                    "attacked",
                    "ATTACK"),
            List.of("The soldiers were killed by a roadside bomb planted by the insurgents.", "killed", "KILL"),
            List.of("Police arrested two men in Lahore after the explosion at the market.", "arrested", "ARREST"),
            List.of(
                    "A suicide bomber blew himself up outside a mosque in Kabul, killing twelve worshippers.",
                    "killing",
                    "KILL"),
            List.of(
                    "The attack on the convoy, which was claimed by al-Shabaab, wounded four soldiers.",
                    "wounded",
                    "INJURE"));

    private RoleProbes() {}

    /** Writes each probe's tokens, arcs, trigger and candidates with the model's decisions into {@code probes}. */
    static void describe(ArrayNode probes, Knowledge knowledge, RoleModel model) {
        List<EventRoleCandidates> events = Collections.synchronizedList(new ArrayList<>());
        Sitrep sitrep = RoleTraining.candidatePipeline(knowledge, RoleProbes::trigger, events::add);
        for (int i = 0; i < PROBES.size(); i++) {
            events.clear();
            sitrep.extract(Document.of("probe-" + (i + 1), PROBES.get(i).get(0)));
            for (EventRoleCandidates e : events) {
                ObjectNode p = probes.addObject();
                p.put("text", PROBES.get(i).get(0));
                ArrayNode tokens = p.putArray("tokens");
                for (Token t : e.sentence().tokens()) {
                    tokens.addArray()
                            .add(t.text())
                            .add(t.lemma())
                            .add(t.partOfSpeech())
                            .add(t.nerTag())
                            .add(t.span().begin())
                            .add(t.span().end());
                }
                ArrayNode arcs = p.putArray("arcs");
                for (Dependency d : e.sentence().dependencies()) {
                    arcs.addArray().add(d.governor()).add(d.dependent()).add(d.relation());
                }
                p.put("triggerHead", e.triggerHead());
                p.put("type", PROBES.get(i).get(2));
                ArrayNode candidates = p.putArray("candidates");
                for (RoleCandidate c : e.candidates()) {
                    EntityMention m = c.mention();
                    RoleModel.Decision d = model.classify(c.features());
                    candidates
                            .addObject()
                            .put("text", m.text())
                            .put("begin", m.span().begin())
                            .put("end", m.span().end())
                            .put("type", m.type().name())
                            .put("kind", m.kind().name())
                            .put("headBegin", m.head().begin())
                            .put("headEnd", m.head().end())
                            .put("head", c.head())
                            .put("entity", c.entity())
                            .put("ruleRole", c.ruleRole().map(Enum::name).orElse("-"))
                            .put("class", d.role().map(Enum::name).orElse(RoleModel.NONE))
                            .put("probability", Math.round(d.probability() * 1000) / 1000.0);
                }
            }
        }
    }

    private static List<GivenTrigger> trigger(Document document) {
        List<String> probe = PROBES.get(Integer.parseInt(document.id().substring("probe-".length())) - 1);
        int at = probe.get(0).indexOf(probe.get(1));
        return List.of(new GivenTrigger(new CharSpan(at, at + probe.get(1).length()), probe.get(2)));
    }
}
