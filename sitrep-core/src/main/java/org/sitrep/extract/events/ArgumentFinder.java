package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.lexicon.PartOfSpeech;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.Argument;
import org.sitrep.model.Dependency;
import org.sitrep.model.Role;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Roles of a trigger from the enhanced++ dependency arcs, as the lexicon entry maps them: subject,
 * object, and preposition objects for verbs; possessor, "of"-, "by"- and compound names for nouns;
 * a noun trigger under a verb ("engage in battles", "arrested on charges of") takes that verb's
 * participants when it has none of its own.
 */
final class ArgumentFinder {
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:xsubj", "csubj");
    /** "arrested on charges of", "jailed for murder", "charged with killing": the noun shares the verb's patient. */
    private static final Set<String> CONSEQUENCE_LINKS =
            Set.of("obl:on", "obl:for", "obl:over", "obl:with", "nmod:on", "nmod:for");
    /** "killed ten in an attack", "died during clashes": the noun's event has the verb's agent. */
    static final Set<String> SCENE_LINKS = Set.of("obl:in", "obl:during", "nmod:in", "nmod:during");

    /** The accused of an accusation or charge, in the active voice ("blamed X", "blamed the attack on X"). */
    private static final Set<String> ACCUSED_ACTIVE = Set.of("obj", "obl:on");

    private final Fillers fillers;
    private final EventWords words;
    private final Set<String> accusations;

    /** @param accusations the ontology's "accusation" family: the act such an event names was done by the accused */
    ArgumentFinder(Fillers fillers, EventWords words, Set<String> accusations) {
        this.fillers = fillers;
        this.words = words;
        this.accusations = accusations;
    }

    List<Argument> find(Trigger trigger, List<Trigger> sameSentence) {
        Sentence s = trigger.sentence();
        if (!s.isParsed()) {
            return List.of();
        }
        List<Argument> args = new ArrayList<>();
        TriggerEntry entry = trigger.entry();
        boolean passive = isPassive(s, trigger.head());
        for (Dependency d : s.dependentsOf(trigger.head())) {
            if (trigger.covers(d.dependent())) {
                continue;
            }
            roleOf(d, entry, passive, trigger.isVerbal(), s)
                    .ifPresent(role -> args.addAll(fillers.arguments(role, s, d.dependent())));
        }
        if (trigger.isVerbal()) {
            addRelativeClauseObject(trigger, args);
            addStrandedPassiveSubject(trigger, args);
            addControllerOfGerund(trigger, args);
        }
        if (trigger.isVerbal() || entry.pos() == PartOfSpeech.ADJECTIVE) {
            addModifiedNoun(trigger, args);
        }
        if (!trigger.isVerbal()) {
            inheritFromGoverningVerb(trigger, sameSentence, args);
        }
        return dedupe(args);
    }

    private Optional<Role> roleOf(Dependency d, TriggerEntry entry, boolean passive, boolean verbal, Sentence s) {
        String rel = d.relation();
        if (verbal) {
            if (SUBJECTS.contains(rel)) {
                return passive ? entry.object() : entry.subject();
            }
            if (rel.equals("nsubj:pass")) {
                return entry.object().or(entry::subject);
            }
            if (rel.equals("obj")) {
                return entry.object();
            }
            if (rel.equals("iobj")) {
                return Optional.of(Role.RECIPIENT);
            }
        } else {
            if (rel.equals("nmod:poss")) {
                return entry.subject();
            }
            if (rel.equals("compound") && s.tokens().get(d.dependent()).isProperNoun()) {
                return entry.subject();
            }
            if (rel.equals("amod") && fillers.isNationality(s, d.dependent())) {
                return entry.subject(); // "a Russian missile strike": Russia struck
            }
            if (rel.equals("nmod:of")) {
                return entry.object().or(entry::subject);
            }
        }
        String prep = preposition(rel);
        if (prep.isEmpty()) {
            return Optional.empty();
        }
        if ((prep.equals("agent") || prep.equals("by")) && (passive || !verbal)) {
            return entry.subject();
        }
        return Optional.ofNullable(entry.prepositions().get(prep));
    }

    private static String preposition(String relation) {
        int colon = relation.indexOf(':');
        if (colon < 0 || !(relation.startsWith("obl") || relation.startsWith("nmod"))) {
            return "";
        }
        return relation.substring(colon + 1).toLowerCase(Locale.ROOT);
    }

    static boolean isPassive(Sentence s, int head) {
        return s.dependentsOf(head).stream()
                .anyMatch(d -> d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass"));
    }

    /**
     * Relative clauses: "the general, who was arrested" (the noun is the passive subject), and
     * "servicemen it abducted" (a pronoun subject right after a noun, and no object).
     */
    private void addRelativeClauseObject(Trigger trigger, List<Argument> args) {
        Sentence s = trigger.sentence();
        Optional<Role> objectRole = trigger.entry().object();
        if (objectRole.isEmpty() || args.stream().anyMatch(a -> a.role() == objectRole.get())) {
            return;
        }
        Optional<Dependency> up = s.headOf(trigger.head());
        if (up.isPresent() && up.get().relation().startsWith("acl:relcl") && isPassive(s, trigger.head())) {
            args.removeIf(a -> words.relativePronouns().contains(a.text().toLowerCase(Locale.ROOT)));
            args.addAll(fillers.arguments(objectRole.get(), s, up.get().governor()));
            return;
        }
        for (Dependency d : s.dependentsOf(trigger.head())) {
            int subject = d.dependent();
            if (SUBJECTS.contains(d.relation())
                    && subject > 0
                    && subject < trigger.head()
                    && s.tokens().get(subject).partOfSpeech().equals("PRP")
                    && s.tokens().get(subject - 1).isNoun()) {
                args.addAll(fillers.arguments(objectRole.get(), s, subject - 1));
                return;
            }
        }
    }

    /**
     * 'declaring their son had been "kidnapped" by...': when the parser loses the passive subject,
     * the noun right before the auxiliaries is it.
     */
    private void addStrandedPassiveSubject(Trigger trigger, List<Argument> args) {
        Sentence s = trigger.sentence();
        Optional<Role> objectRole = trigger.entry().object();
        if (objectRole.isEmpty()
                || !isPassive(s, trigger.head())
                || args.stream().anyMatch(a -> a.role() == objectRole.get())
                || s.dependentsOf(trigger.head()).stream()
                        .anyMatch(d -> d.relation().startsWith("nsubj"))) {
            return;
        }
        int i = trigger.head() - 1;
        while (i >= 0
                && (s.tokens().get(i).partOfSpeech().startsWith("VB")
                        || s.tokens().get(i).partOfSpeech().equals("``")
                        || s.tokens().get(i).partOfSpeech().equals("RB"))) {
            i--;
        }
        if (i >= 0
                && (s.tokens().get(i).isNoun()
                        || s.tokens().get(i).partOfSpeech().equals("PRP"))) {
            args.addAll(fillers.arguments(objectRole.get(), s, i));
        }
    }

    /**
     * "accused the military of abducting civilians", "X was charged with killing": a gerund's
     * missing subject is its governor's object (or passive subject).
     */
    private void addControllerOfGerund(Trigger trigger, List<Argument> args) {
        Sentence s = trigger.sentence();
        Optional<Role> subjectRole = trigger.entry().subject();
        if (subjectRole.isEmpty()
                || !s.tokens().get(trigger.head()).partOfSpeech().equals("VBG")
                || args.stream().anyMatch(a -> a.role() == subjectRole.get())) {
            return;
        }
        Optional<Dependency> up = s.headOf(trigger.head());
        if (up.isEmpty() || up.get().governor() < 0) {
            return;
        }
        String rel = up.get().relation();
        int first = trigger.first();
        if ((rel.startsWith("advcl") || rel.startsWith("acl"))
                && first > 0
                && s.tokens().get(first - 1).text().equals(",")) {
            addDoerOfClause(s, up.get().governor(), subjectRole.get(), args);
            return;
        }
        // "accused the military of abducting": the object controls; "soldiers have been reported joining": the subject
        Set<String> controllers = rel.startsWith("advcl") || rel.startsWith("acl")
                ? Set.of("obj", "nsubj:pass")
                : rel.equals("xcomp") ? Set.of("nsubj", "nsubj:pass") : Set.of();
        for (Dependency d : s.dependentsOf(up.get().governor())) {
            if (controllers.contains(d.relation())) {
                args.addAll(fillers.arguments(subjectRole.get(), s, d.dependent()));
                return;
            }
        }
    }

    /**
     * A participle set off by a comma ("gunmen attacked a checkpoint, killing six") has the doer of the clause it
     * follows: the active subject or the passive agent of its verb, also when the parse hangs the participle on
     * that verb's object.
     */
    private void addDoerOfClause(Sentence s, int governor, Role role, List<Argument> args) {
        int verb = governor;
        if (!s.tokens().get(verb).isVerb()) {
            Optional<Dependency> up = s.headOf(verb)
                    .filter(d -> d.governor() >= 0 && !d.relation().startsWith("nsubj"));
            if (up.isEmpty() || !s.tokens().get(up.get().governor()).isVerb()) {
                return;
            }
            verb = up.get().governor();
        }
        boolean passive = isPassive(s, verb);
        for (Dependency d : s.dependentsOf(verb)) {
            if (SUBJECTS.contains(d.relation()) && !passive || d.relation().equals("obl:agent")) {
                args.addAll(fillers.arguments(role, s, d.dependent()));
                return;
            }
        }
    }

    /** "the wounded civilians", "IS-held hostages": a participle's noun is its object, a hyphened name its subject. */
    private void addModifiedNoun(Trigger trigger, List<Argument> args) {
        Sentence s = trigger.sentence();
        TriggerEntry entry = trigger.entry();
        Optional<Dependency> up = s.headOf(trigger.head())
                .filter(d -> d.governor() >= 0 && d.relation().startsWith("amod"));
        if (up.isEmpty()) {
            return;
        }
        entry.object()
                .ifPresent(
                        role -> args.addAll(fillers.arguments(role, s, up.get().governor())));
        int first = trigger.first();
        if (first >= 2
                && s.tokens().get(first - 1).partOfSpeech().equals("HYPH")
                && s.tokens().get(first - 2).isProperNoun()) {
            entry.subject().ifPresent(role -> args.addAll(fillers.arguments(role, s, first - 2)));
        }
    }

    private void inheritFromGoverningVerb(Trigger trigger, List<Trigger> sameSentence, List<Argument> args) {
        Sentence s = trigger.sentence();
        Optional<Dependency> up = s.headOf(trigger.head());
        if (up.isEmpty() || up.get().governor() < 0) {
            return;
        }
        int verb = up.get().governor();
        Token verbToken = s.tokens().get(verb);
        if (!verbToken.isVerb()) {
            return;
        }
        Optional<Trigger> governing =
                sameSentence.stream().filter(t -> t.head() == verb).findFirst();
        if (governing.isEmpty() && !words.supportVerbs().contains(TriggerFinder.lemma(verbToken))) {
            return; // "rights groups welcomed the verdict": welcoming lends no judge
        }
        if (governing.isPresent() && accusations.contains(governing.get().type())) {
            inheritFromAccusation(trigger, up.get(), args);
            return;
        }
        boolean sharesParticipants = CONSEQUENCE_LINKS.contains(up.get().relation())
                || SCENE_LINKS.contains(up.get().relation());
        if (governing.isPresent() && !sharesParticipants) {
            return; // "Moscow pulled out of a deal": the deal's parties are not the withdrawal's
        }
        TriggerEntry entry = trigger.entry();
        boolean hasSubject = entry.subject()
                .map(r -> args.stream().anyMatch(a -> a.role() == r))
                .orElse(true);
        boolean hasObject =
                args.stream().anyMatch(a -> a.role() == entry.object().orElse(Role.PATIENT));
        boolean passive = isPassive(s, verb);
        // a light verb's passive subject is still the doer: "Hizballah are engaged in fighting"
        boolean light = governing.isEmpty();
        for (Dependency d : s.dependentsOf(verb)) {
            boolean subject = SUBJECTS.contains(d.relation()) && !passive
                    || d.relation().equals("obl:agent")
                    || light && d.relation().equals("nsubj:pass");
            boolean object =
                    !light && (d.relation().equals("obj") || d.relation().equals("nsubj:pass"));
            if (subject && !hasSubject) {
                args.addAll(fillers.arguments(entry.subject().get(), s, d.dependent()));
            } else if (object
                    && !hasObject
                    && CONSEQUENCE_LINKS.contains(
                            up.get().relation())) { // "arrested X on charges of...": X is charged too
                args.addAll(fillers.arguments(entry.object().orElse(Role.PATIENT), s, d.dependent()));
            }
        }
    }

    /**
     * "Police blamed Boko Haram for the attack", "Boko Haram was blamed for the attack", "blamed the attack on Boko
     * Haram": the act was done by the accused, and the accuser takes no part in it.
     */
    private void inheritFromAccusation(Trigger trigger, Dependency toVerb, List<Argument> args) {
        Optional<Role> doer = trigger.entry().subject();
        if (doer.isEmpty() || args.stream().anyMatch(a -> a.role() == doer.get())) {
            return;
        }
        Sentence s = trigger.sentence();
        int verb = toVerb.governor();
        boolean passive = isPassive(s, verb);
        boolean found = false;
        for (Dependency d : s.dependentsOf(verb)) {
            boolean accused = passive
                    ? d.relation().equals("nsubj:pass")
                    : ACCUSED_ACTIVE.contains(d.relation()) && d.dependent() != toVerb.dependent();
            if (accused) {
                args.addAll(fillers.arguments(doer.get(), s, d.dependent()));
                found = true;
            }
        }
        if (!found && toVerb.relation().equals("obj")) {
            // "blamed the attack on the rebels", its "on" phrase parsed under the act: the party blamed, no target
            for (Dependency d : s.dependentsOf(trigger.head())) {
                if (d.relation().equals("nmod:on")) {
                    List<Argument> blamed = fillers.arguments(doer.get(), s, d.dependent());
                    args.removeIf(a -> blamed.stream().anyMatch(b -> b.span().equals(a.span())));
                    args.addAll(blamed);
                }
            }
        }
    }

    private static List<Argument> dedupe(List<Argument> args) {
        List<Argument> result = new ArrayList<>();
        for (Argument a : args) {
            boolean seen = result.stream()
                    .anyMatch(r -> r.span().equals(a.span()) && r.entityId().equals(a.entityId()));
            if (!seen) {
                result.add(a);
            }
        }
        return result;
    }
}
