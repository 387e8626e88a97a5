package org.sitrep.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Role;
import org.sitrep.model.Sentence;
import org.sitrep.testing.DocumentBuilder;

/** The constraints under which the role model's decisions join the rules' arguments, on hand-written decisions. */
class RoleDecoderTest {
    /** "Rebels and militias attacked troops near Homs": Rebels (0) and militias (2) conjoined, troops 4, Homs 6. */
    private static final Document DOC = new DocumentBuilder()
            .sentence(
                    "Rebels/NNS and/CC militias/NNS attacked/VBD/attack troops/NNS near/IN Homs/NNP ./.",
                    "nsubj(attacked-4, Rebels-1)",
                    "cc(militias-3, and-2)",
                    "conj:and(Rebels-1, militias-3)",
                    "nsubj(attacked-4, militias-3)",
                    "obj(attacked-4, troops-5)",
                    "case(Homs-7, near-6)",
                    "obl:near(attacked-4, Homs-7)")
            .build();

    private static final Sentence SENTENCE = DOC.sentences().get(0);

    private static RoleDecoder.Scored scored(int token, Optional<Role> rule, Optional<Role> model, double probability) {
        CharSpan span = SENTENCE.tokens().get(token).span();
        EntityMention m =
                new EntityMention(span, DOC.textOf(span), EntityType.MISC, EntityMention.Kind.NOMINAL, 0, span);
        RoleCandidate c = new RoleCandidate(SENTENCE.tokens().get(3).span(), "ATTACK", m, token, true, rule, List.of());
        return new RoleDecoder.Scored(c, new RoleModel.Decision(model, probability));
    }

    private static Argument rule(int token, Role role) {
        CharSpan span = SENTENCE.tokens().get(token).span();
        return new Argument(role, span, DOC.textOf(span), Optional.empty());
    }

    private static List<String> chosen(List<Argument> rules, RoleDecoder.Scored... scored) {
        return RoleDecoder.choose(SENTENCE, rules, List.of(scored)).stream()
                .map(c -> c.candidate().mention().text() + "=" + c.role())
                .toList();
    }

    @Test
    void aMentionTheRulesGaveARoleIsGivenNoOther() {
        assertEquals(
                List.of("Homs=PATIENT"),
                chosen(
                        List.of(rule(4, Role.PATIENT)),
                        scored(4, Optional.of(Role.PATIENT), Optional.of(Role.AGENT), 0.9),
                        scored(6, Optional.empty(), Optional.of(Role.PATIENT), 0.6)));
    }

    @Test
    void ofUnconjoinedModelAgentsTheMostProbableAloneJoins() {
        assertEquals(
                List.of("troops=AGENT"),
                chosen(
                        List.of(),
                        scored(6, Optional.empty(), Optional.of(Role.AGENT), 0.6),
                        scored(4, Optional.empty(), Optional.of(Role.AGENT), 0.7)));
    }

    @Test
    void conjoinedAgentsJoinTogether() {
        assertEquals(
                List.of("Rebels=AGENT", "militias=AGENT"),
                chosen(
                        List.of(),
                        scored(0, Optional.empty(), Optional.of(Role.AGENT), 0.9),
                        scored(2, Optional.empty(), Optional.of(Role.AGENT), 0.7),
                        scored(4, Optional.empty(), Optional.of(Role.AGENT), 0.6)));
    }

    @Test
    void aModelAgentJoinsTheRulesAgentOnlyWhenConjoinedWithIt() {
        assertEquals(
                List.of("militias=AGENT"),
                chosen(
                        List.of(rule(0, Role.AGENT)),
                        scored(2, Optional.empty(), Optional.of(Role.AGENT), 0.7),
                        scored(4, Optional.empty(), Optional.of(Role.AGENT), 0.9)));
    }

    @Test
    void noneAddsNothing() {
        assertEquals(List.of(), chosen(List.of(), scored(6, Optional.empty(), Optional.empty(), 0.99)));
    }

    @Test
    void relabelsARulesArgumentOnlyWhereTheModelIsSureOfAnotherOfItsRoles() {
        List<Argument> rules =
                List.of(rule(0, Role.PATIENT), rule(2, Role.RECIPIENT), rule(4, Role.AGENT), rule(6, Role.PATIENT));
        List<RoleDecoder.Scored> scored = List.of(
                scored(0, Optional.of(Role.PATIENT), Optional.of(Role.AGENT), 0.9), // relabelled
                scored(2, Optional.of(Role.RECIPIENT), Optional.of(Role.PATIENT), 0.9), // no class for it: kept
                scored(4, Optional.of(Role.AGENT), Optional.of(Role.PATIENT), 0.7), // not sure enough: kept
                scored(6, Optional.of(Role.PATIENT), Optional.empty(), 0.95)); // NONE drops nothing
        assertEquals(
                List.of("Rebels=AGENT", "militias=RECIPIENT", "troops=AGENT", "Homs=PATIENT"),
                RoleDecoder.overrule(SENTENCE, rules, scored, List.of("NONE", "AGENT", "PATIENT"), 0.8).stream()
                        .map(a -> a.text() + "=" + a.role())
                        .toList());
    }
}
