package org.sitrep.extract.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Argument;
import org.sitrep.model.Dependency;
import org.sitrep.model.Role;
import org.sitrep.model.Sentence;

/**
 * How the role model's decisions (each candidate's most probable class: the NONE bias in the model file, chosen
 * on WikiEvents dev, sets how readily it gives a role) change the rules' arguments of one event: {@link
 * #overrule} relabels a rules' argument only when the model is sure of another of its roles; {@link #choose}
 * adds roles under three constraints: a mention the rules gave a role is not given another; each head token
 * takes one role (of nested mentions sharing a head, the more probable); and an event has one agent, or
 * several conjoined ones ("Nusra and IS attacked"): a model agent joins only when the rules found none, or
 * when it is conjoined with the one they found, and of several unconjoined model agents the most probable
 * wins.
 */
public final class RoleDecoder {
    /**
     * How probable the model must find another role for a rules' argument's head before the argument is
     * relabelled: chosen on WikiEvents dev (see the role model's data card).
     */
    public static final double OVERRULE_PROBABILITY = 0.8;

    private RoleDecoder() {}

    /**
     * The rules' arguments, each relabelled when the model gives the candidate at its head another of its roles
     * with a probability of at least {@code minProbability}. None is dropped (the model's NONE on rules' arguments
     * dropped instruments and inherited agents the training data does not annotate: "air strikes killed 12"), and
     * a role the model has no class for ({@code classes}: RECIPIENT, ORIGIN...) is left as the rules gave it.
     */
    public static List<Argument> overrule(
            Sentence sentence,
            List<Argument> ruleArguments,
            List<Scored> scored,
            List<String> classes,
            double minProbability) {
        List<Argument> result = new ArrayList<>();
        for (Argument a : ruleArguments) {
            int head = sentence.tokenAt(a.span().end() - 1);
            Optional<Role> other = scored.stream()
                    .filter(s -> s.candidate().head() == head && head >= 0)
                    .max(Comparator.comparingDouble(s -> s.decision().probability()))
                    .filter(s -> s.decision().probability() >= minProbability)
                    .flatMap(s -> s.decision().role());
            if (other.isPresent() && classes.contains(a.role().name()) && other.get() != a.role()) {
                result.add(new Argument(other.get(), a.span(), a.text(), a.entityId(), a.actor()));
            } else {
                result.add(a);
            }
        }
        return result;
    }

    /** A candidate with the model's decision on it. */
    public record Scored(RoleCandidate candidate, RoleModel.Decision decision) {
        public Scored {
            requireNonNull(candidate, "candidate is null");
            requireNonNull(decision, "decision is null");
        }
    }

    /** A role the model adds: the candidate and its role. */
    public record Choice(RoleCandidate candidate, Role role) {
        public Choice {
            requireNonNull(candidate, "candidate is null");
            requireNonNull(role, "role is null");
        }
    }

    /** The model's roles to add to {@code ruleArguments}, the rules' arguments of an event in {@code sentence}. */
    public static List<Choice> choose(Sentence sentence, List<Argument> ruleArguments, List<Scored> scored) {
        List<Scored> proposed = new ArrayList<>();
        for (Scored s : scored) {
            if (s.candidate().ruleRole().isEmpty() && s.decision().role().isPresent()) {
                proposed.add(s);
            }
        }
        proposed.sort(Comparator.comparingDouble((Scored s) -> -s.decision().probability()));
        List<Integer> ruleAgents = new ArrayList<>();
        for (Argument a : ruleArguments) {
            int head = sentence.tokenAt(a.span().end() - 1);
            if (a.role() == Role.AGENT && head >= 0) {
                ruleAgents.add(head);
            }
        }
        List<Choice> chosen = new ArrayList<>();
        List<Integer> heads = new ArrayList<>();
        Optional<Integer> modelAgent = Optional.empty();
        for (Scored s : proposed) {
            int head = s.candidate().head();
            Role role = s.decision().role().get();
            if (heads.contains(head)) {
                continue;
            }
            if (role == Role.AGENT) {
                List<Integer> agents =
                        ruleAgents.isEmpty() ? modelAgent.stream().toList() : ruleAgents;
                if (!agents.isEmpty() && agents.stream().noneMatch(a -> conjoined(sentence, a, head))) {
                    continue;
                }
                if (modelAgent.isEmpty()) {
                    modelAgent = Optional.of(head);
                }
            }
            heads.add(head);
            chosen.add(new Choice(s.candidate(), role));
        }
        return chosen;
    }

    /** Whether two tokens are conjuncts: one a conj of the other, or both conjs of a third. */
    static boolean conjoined(Sentence sentence, int a, int b) {
        List<Integer> governorsA = new ArrayList<>();
        List<Integer> governorsB = new ArrayList<>();
        for (Dependency d : sentence.dependencies()) {
            if (!d.relation().startsWith("conj")) {
                continue;
            }
            if (d.governor() == a && d.dependent() == b || d.governor() == b && d.dependent() == a) {
                return true;
            }
            if (d.dependent() == a) {
                governorsA.add(d.governor());
            }
            if (d.dependent() == b) {
                governorsB.add(d.governor());
            }
        }
        return governorsA.stream().anyMatch(governorsB::contains);
    }
}
