package org.sitrep.eval.muc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.data.Tsv;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Modality;
import org.sitrep.model.Role;
import org.sitrep.model.Token;

/**
 * Sitrep's events as MUC-4 templates. An event is a MUC incident when {@code muc4-incidents.tsv} maps its type
 * (and trigger), the article does not deny it or speak of it as future, and it is no fight between armed actors
 * (MUC-4 codes terrorist acts against civilians and civilian targets: an event whose patients are all coded as
 * armed — state forces, rebels, militias, external forces, ACLED actor types 1-4 and 8 — is combat). An attack
 * with explosives ({@code muc4-explosives.tsv}: in its trigger, instrument or agent) is a bombing. A killing
 * or injury joins the nearest incident of another type in the article ("killed three people in a bomb attack";
 * "the bomb exploded at noon. … The dead were …": MUC-4 reports the outcome inside the incident) and is an attack
 * when there is none; the events of one incident type in a document are merged into one template. Roles:
 * agents named by an organisation are PerpOrg, other agents PerpInd, and an organisation named inside an agent
 * ("FMLN guerrillas") PerpOrg too, and who claims an incident of its sentence ("X claimed responsibility for the
 * attack") its perpetrator (PerpOrg when named as an organisation or other group); patients that are persons are Victim,
 * patients of killings, injuries and kidnappings that name no entity of another type are Victim too, other
 * patients (not places) Target; instruments, an explosive device as the agent ("a grenade killed two") or as the
 * trigger ("a car bomb") Weapon. A filler is the argument's text, or for a pronoun the name
 * of the entity it refers to; an entity fills a role of a template once, with the first text found for it.
 * These are the rules' fillers ({@link #templates(Document)}); {@link #candidates(Document)} gives them with their
 * features, beside the other names and nominals of each incident's sentence and of the rest of the article, for
 * {@link FillerModel} to judge.
 */
public final class SitrepTemplates {
    static final String RESOURCE = "muc4-incidents.tsv";
    static final String EXPLOSIVES = "muc4-explosives.tsv";
    private static final List<String> HEADER = List.of("sitrep_type", "muc_type", "trigger_stems", "outcome");
    private static final Set<Integer> ARMED_ACTOR_TYPES = Set.of(1, 2, 3, 4, 8);
    private static final String BOMBING = "bombing";
    private static final String CLAIM = "CLAIM";
    private static final Set<String> PERSON_PATIENTS = Set.of("KILL", "INJURE", "ABDUCT");
    /** The roles a mention of each entity type may fill (places and nationalities none). */
    private static final Map<EntityType, List<MucRole>> SENTENCE_ROLES = Map.of(
            EntityType.PERSON, List.of(MucRole.PERP_IND, MucRole.VICTIM),
            EntityType.ORGANIZATION, List.of(MucRole.PERP_ORG, MucRole.TARGET),
            EntityType.MISC, List.of(MucRole.PERP_ORG),
            EntityType.FACILITY, List.of(MucRole.TARGET));

    private static final Set<Modality> NOT_INCIDENTS = Set.of(Modality.NEGATED, Modality.FUTURE);

    /** One row: events of {@code sitrepType} whose trigger has a word starting with a stem (any, if none). */
    record Rule(String sitrepType, String mucType, List<String> stems, boolean outcome) {
        boolean fits(Event event) {
            if (!event.type().equals(sitrepType)) {
                return false;
            }
            if (stems.isEmpty()) {
                return true;
            }
            for (String word : event.trigger().text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (stems.stream().anyMatch(word::startsWith)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Rule> rules;
    private final List<String> explosives;

    SitrepTemplates(List<Rule> rules, List<String> explosives) {
        this.rules = List.copyOf(rules);
        this.explosives = List.copyOf(explosives);
    }

    /** The mapping on the classpath, each Sitrep type checked against {@code sitrepTypes}. */
    public static SitrepTemplates load(Set<String> sitrepTypes) {
        return parse(
                Tsv.Source.resource(SitrepTemplates.class, RESOURCE),
                Tsv.Source.resource(SitrepTemplates.class, EXPLOSIVES),
                sitrepTypes);
    }

    static SitrepTemplates parse(Tsv.Source source, Tsv.Source explosiveStems, Set<String> sitrepTypes) {
        List<Rule> rules = new ArrayList<>();
        for (Tsv.Row row : Tsv.read(source, HEADER)) {
            if (!sitrepTypes.contains(row.get(0))) {
                throw row.error("unknown Sitrep type '" + row.get(0) + "'");
            }
            if (!row.get(3).equals("yes") && !row.get(3).equals("no")) {
                throw row.error("outcome must be yes or no, got '" + row.get(3) + "'");
            }
            List<String> stems =
                    row.get(2).equals("-") ? List.of() : List.of(row.get(2).split(","));
            rules.add(new Rule(row.get(0), row.get(1), stems, row.get(3).equals("yes")));
        }
        List<String> explosives = Tsv.read(explosiveStems, List.of("stem")).stream()
                .map(r -> r.get(0))
                .toList();
        return new SitrepTemplates(rules, explosives);
    }

    /** The document's templates by the rules alone: every filler they propose. */
    public List<MucTemplate> templates(Document doc) {
        return IncidentTemplates.of(candidates(doc), FillerCandidate::fromRules);
    }

    /** Every filler the rules propose for the document's incidents, in document order, with its incident type. */
    public List<FillerCandidate> candidates(Document doc) {
        Map<String, Entity> entities =
                doc.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        Map<CharSpan, EntityMention> mentions = new LinkedHashMap<>();
        doc.mentions().forEach(m -> mentions.putIfAbsent(m.span(), m));
        List<Incident> incidents = new ArrayList<>();
        for (Event event : doc.events()) {
            rules.stream().filter(r -> r.fits(event)).findFirst().ifPresent(rule -> {
                if (!NOT_INCIDENTS.contains(event.modality()) && !combat(event)) {
                    boolean explosive = rule.mucType().equals("attack") && explosive(event);
                    incidents.add(new Incident(event, rule, explosive ? BOMBING : rule.mucType()));
                }
            });
        }
        List<Event> claims = doc.events().stream()
                .filter(e -> e.type().equals(CLAIM) && !NOT_INCIDENTS.contains(e.modality()))
                .toList();
        List<FillerCandidate> candidates = new ArrayList<>();
        FillerFeatures features = new FillerFeatures(entities, mentions);
        Map<CharSpan, String> entityOfMention = new LinkedHashMap<>();
        doc.entities().forEach(e -> e.mentions().forEach(m -> entityOfMention.putIfAbsent(m.span(), e.id())));
        Map<String, List<Event>> eventsByType = new LinkedHashMap<>();
        // the incident type of each incident, outcomes taking that of the nearest main incident of the article
        for (Incident incident : incidents) {
            String type = incident.type;
            if (incident.rule.outcome() && !type.equals(BOMBING)) {
                Set<Integer> sentences = sentences(incident.event);
                type = incidents.stream()
                        .filter(o -> !o.rule.outcome())
                        .min(Comparator.comparingInt(o -> distance(sentences, sentences(o.event))))
                        .map(o -> o.type)
                        .orElse(type);
            }
            String incidentType = type;
            Event event = incident.event;
            eventsByType.computeIfAbsent(incidentType, t -> new ArrayList<>()).add(event);
            // who claims an incident of its sentence ("X claimed responsibility for the attack") perpetrated it
            for (Event claim : claims) {
                if (sentences(claim).stream().anyMatch(sentences(event)::contains)) {
                    for (Argument agent : claim.arguments()) {
                        if (agent.role() == Role.AGENT) {
                            claimant(agent, entities).ifPresent(role -> filler(doc, agent, entities, mentions)
                                    .ifPresent(text -> candidates.add(new FillerCandidate(
                                            incidentType,
                                            role,
                                            key(agent),
                                            text,
                                            "claim",
                                            features.of(
                                                    "claim", incidentType, role, event, Optional.of(agent), text)))));
                        }
                    }
                }
            }
            if (namesDevice(event.trigger().text())) {
                String text = event.trigger().text();
                candidates.add(new FillerCandidate(
                        incidentType,
                        MucRole.WEAPON,
                        MucScorer.normalise(text),
                        text,
                        "trigger",
                        features.of("trigger", incidentType, MucRole.WEAPON, event, Optional.empty(), text)));
            }
            for (Argument argument : event.arguments()) {
                role(event, argument, entities)
                        .map(role -> role == MucRole.PERP_IND && namesDevice(argument.text()) ? MucRole.WEAPON : role)
                        .ifPresent(role -> filler(doc, argument, entities, mentions)
                                .ifPresent(text -> candidates.add(new FillerCandidate(
                                        incidentType,
                                        role,
                                        key(argument),
                                        text,
                                        "argument",
                                        features.of(
                                                "argument", incidentType, role, event, Optional.of(argument), text)))));
                if (argument.role() == Role.AGENT) {
                    // "FMLN guerrillas", "members of the FARC": the organisation named inside the agent is PerpOrg
                    for (String name : organisationsInside(doc, argument)) {
                        candidates.add(new FillerCandidate(
                                incidentType,
                                MucRole.PERP_ORG,
                                MucScorer.normalise(name),
                                name,
                                "inside",
                                features.of(
                                        "inside", incidentType, MucRole.PERP_ORG, event, Optional.of(argument), name)));
                    }
                }
            }
            // the other names and nominals of its sentence, for the filler model to judge ("a bus" the parse missed)
            Set<CharSpan> arguments =
                    event.arguments().stream().map(Argument::span).collect(Collectors.toSet());
            for (EntityMention m : doc.mentions()) {
                if (!sentences(event).contains(m.sentenceIndex())
                        || arguments.contains(m.span())
                        || m.kind() == EntityMention.Kind.PRONOUN) {
                    continue;
                }
                Optional<String> entityId = Optional.ofNullable(entityOfMention.get(m.span()));
                String key = entityId.map(id -> "#" + id).orElse(MucScorer.normalise(m.text()));
                for (MucRole role : SENTENCE_ROLES.getOrDefault(m.type(), List.of())) {
                    candidates.add(new FillerCandidate(
                            incidentType,
                            role,
                            key,
                            m.text(),
                            FillerCandidate.SENTENCE,
                            features.ofMention(incidentType, role, event, m, entityId.map(entities::get))));
                }
            }
        }
        candidates.addAll(articleCandidates(doc, eventsByType, candidates, entityOfMention, features));
        return candidates;
    }

    /**
     * The names and nominals of the article outside its incidents' sentences, once per incident type, for the
     * roles their entity types allow, when the entity has no candidate there yet: MUC-4 names perpetrators and
     * targets the whole article speaks of ("the attack was claimed by the FMLN" two paragraphs later).
     */
    private static List<FillerCandidate> articleCandidates(
            Document doc,
            Map<String, List<Event>> byType,
            List<FillerCandidate> found,
            Map<CharSpan, String> entityOfMention,
            FillerFeatures features) {
        List<FillerCandidate> candidates = new ArrayList<>();
        byType.forEach((incidentType, ofType) -> {
            Set<Integer> sentences = new TreeSet<>();
            ofType.forEach(e -> sentences.addAll(sentences(e)));
            Set<String> keys = new HashSet<>();
            found.stream()
                    .filter(c -> c.incidentType().equals(incidentType))
                    .forEach(c -> keys.add(c.role() + "/" + c.key()));
            Event first = ofType.get(0);
            for (EntityMention m : doc.mentions()) {
                if (sentences.contains(m.sentenceIndex()) || m.kind() == EntityMention.Kind.PRONOUN) {
                    continue;
                }
                Optional<String> entityId = Optional.ofNullable(entityOfMention.get(m.span()));
                String key = entityId.map(id -> "#" + id).orElse(MucScorer.normalise(m.text()));
                int distance = sentences.stream()
                        .mapToInt(s -> Math.abs(s - m.sentenceIndex()))
                        .min()
                        .orElse(0);
                for (MucRole role : SENTENCE_ROLES.getOrDefault(m.type(), List.of())) {
                    if (keys.add(role + "/" + key)) {
                        candidates.add(new FillerCandidate(
                                incidentType,
                                role,
                                key,
                                m.text(),
                                FillerCandidate.ARTICLE,
                                features.ofArticleMention(incidentType, role, first, m, distance)));
                    }
                }
            }
        });
        return candidates;
    }

    private record Incident(Event event, Rule rule, String type) {}

    /** The entity an argument names, or for one outside every entity its normalised text. */
    private static String key(Argument argument) {
        return argument.entityId().map(id -> "#" + id).orElse(MucScorer.normalise(argument.text()));
    }

    /** The trigger, an instrument or an agent has a word for explosives ("a bomb attack", "killed by a grenade"). */
    private boolean explosive(Event event) {
        if (hasExplosive(event.trigger().text())) {
            return true;
        }
        return event.arguments().stream()
                .filter(a -> a.role() == Role.INSTRUMENT || a.role() == Role.AGENT)
                .anyMatch(a -> hasExplosive(a.text()));
    }

    private boolean hasExplosive(String text) {
        for (String word : words(text)) {
            if (explosives.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** Text whose last word names an explosive device, not the act ("a car bomb", not "the bombing"). */
    private boolean namesDevice(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        return explosives.stream().anyMatch(last::startsWith) && !last.endsWith("ing") && !last.endsWith("ion");
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).stream()
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** The fewest sentences between a sentence of one set and a sentence of the other. */
    private static int distance(Set<Integer> some, Set<Integer> others) {
        int fewest = Integer.MAX_VALUE;
        for (int a : some) {
            for (int b : others) {
                fewest = Math.min(fewest, Math.abs(a - b));
            }
        }
        return fewest;
    }

    private static Set<Integer> sentences(Event event) {
        return event.mentions().stream().map(EventMention::sentenceIndex).collect(Collectors.toSet());
    }

    private static boolean combat(Event event) {
        List<Argument> patients =
                event.arguments().stream().filter(a -> a.role() == Role.PATIENT).toList();
        return !patients.isEmpty()
                && patients.stream()
                        .allMatch(a -> a.actor().isPresent()
                                && ARMED_ACTOR_TYPES.contains(a.actor().get().acledType()));
    }

    /** Names of organisations inside an agent's span that is longer than the name. */
    private static List<String> organisationsInside(Document doc, Argument agent) {
        return doc.mentions().stream()
                .filter(m -> m.kind() == EntityMention.Kind.NAME
                        && m.type() == EntityType.ORGANIZATION
                        && agent.span().contains(m.span())
                        && !agent.span().equals(m.span()))
                .map(EntityMention::text)
                .toList();
    }

    /** A claimant named as an organisation or other group (not a person, not a place) is PerpOrg, else PerpInd. */
    private static Optional<MucRole> claimant(Argument agent, Map<String, Entity> entities) {
        Optional<EntityType> type = agent.entityId().map(entities::get).map(Entity::type);
        if (type.filter(t -> t.isPlace() || t == EntityType.NORP).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(
                type.filter(t -> t == EntityType.ORGANIZATION || t == EntityType.MISC)
                                .isPresent()
                        ? MucRole.PERP_ORG
                        : MucRole.PERP_IND);
    }

    private static Optional<MucRole> role(Event event, Argument argument, Map<String, Entity> entities) {
        Optional<EntityType> type = argument.entityId().map(entities::get).map(Entity::type);
        boolean place = type.filter(EntityType::isPlace).isPresent() && type.get() != EntityType.FACILITY;
        boolean person =
                type.filter(t -> t == EntityType.PERSON || t == EntityType.NORP).isPresent()
                        // whom one kills, wounds or kidnaps is a person unless the text names something else
                        || (type.isEmpty() && PERSON_PATIENTS.contains(event.type()));
        return switch (argument.role()) {
            case AGENT ->
                place || type.filter(t -> t == EntityType.NORP).isPresent()
                        ? Optional.empty()
                        : Optional.of(
                                type.filter(t -> t == EntityType.ORGANIZATION).isPresent()
                                        ? MucRole.PERP_ORG
                                        : MucRole.PERP_IND);
            case PATIENT -> place ? Optional.empty() : Optional.of(person ? MucRole.VICTIM : MucRole.TARGET);
            case INSTRUMENT -> Optional.of(MucRole.WEAPON);
            default -> Optional.empty();
        };
    }

    /**
     * The argument's text, or for a pronoun the name of the entity it refers to; nothing for a pronoun that
     * refers to no entity, or a bare number ("killed 12").
     */
    private static Optional<String> filler(
            Document doc, Argument argument, Map<String, Entity> entities, Map<CharSpan, EntityMention> mentions) {
        EntityMention mention = mentions.get(argument.span());
        List<Token> tokens = doc.sentenceAt(argument.span().begin())
                .map(s -> s.tokens().stream()
                        .filter(t -> argument.span().contains(t.span()))
                        .toList())
                .orElse(List.of());
        boolean pronoun = (mention != null && mention.kind() == EntityMention.Kind.PRONOUN)
                || (tokens.size() == 1 && tokens.get(0).partOfSpeech().startsWith("PRP"));
        if (pronoun) {
            return argument.entityId().map(entities::get).map(Entity::name);
        }
        if (!tokens.isEmpty() && tokens.stream().allMatch(t -> t.partOfSpeech().equals("CD"))) {
            return Optional.empty();
        }
        return Optional.of(argument.text());
    }
}
