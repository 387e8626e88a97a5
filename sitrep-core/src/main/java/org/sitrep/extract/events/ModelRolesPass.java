package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sitrep.model.Argument;
import org.sitrep.model.Sentence;

/**
 * "model-roles": the trained role model fills roles the rules left empty. Each entity mention of an event's
 * sentence outside its trigger is scored ({@link RoleCandidates}, {@link RoleModel}); the {@link RoleDecoder}
 * chooses which roles join the rules' arguments, each filled by the whole mention (the phrase as the article
 * words it, one argument per entity it stands for).
 */
final class ModelRolesPass extends DraftPass {
    private final RoleModel model;
    private final EventWords words;

    ModelRolesPass(RoleModel model, EventWords words) {
        super("model-roles", Set.of(Part.DRAFTS));
        this.model = model;
        this.words = words;
    }

    @Override
    UnaryOperator<Draft> rule(EventDrafts drafts) {
        RoleCandidates candidates = new RoleCandidates(drafts.document());
        Fillers fillers = new Fillers(drafts.document(), words);
        return d -> {
            if (!d.trigger().sentence().isParsed()) {
                return d;
            }
            List<RoleDecoder.Scored> scored = new ArrayList<>();
            for (RoleCandidate c : candidates.of(d)) {
                scored.add(new RoleDecoder.Scored(c, model.classify(c.features())));
            }
            Sentence s = d.trigger().sentence();
            List<Argument> arguments = new ArrayList<>(
                    RoleDecoder.overrule(s, d.arguments(), scored, model.classes(), RoleDecoder.OVERRULE_PROBABILITY));
            List<RoleDecoder.Choice> chosen = RoleDecoder.choose(s, arguments, scored);
            for (RoleDecoder.Choice c : chosen) {
                arguments.addAll(fillers.arguments(c.role(), c.candidate().mention()));
            }
            return d.withArguments(arguments);
        };
    }
}
