package org.sitrep.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sitrep.incidents.Incident;
import org.sitrep.incidents.IncidentMention;
import org.sitrep.incidents.IncidentMerger;
import org.sitrep.incidents.IncidentRules;
import org.sitrep.model.LatLon;
import org.sitrep.ontology.Ontology;

/**
 * The incidents table: the store's incident columns (type, days, place, how many articles, sources and events)
 * and the members, each with the member it matched, the score and the reasons, partitioned by the month of the
 * incident's first day. One group of mentions (a country's) is merged by the one {@link IncidentMerger}.
 */
final class IncidentTable {
    private IncidentTable() {}

    static StructType schema() {
        StructType member = new StructType()
                .add(OutputSchema.ARTICLE_ID, DataTypes.StringType, false)
                .add("event_id", DataTypes.StringType, false)
                .add("matched_to", DataTypes.StringType, true)
                .add("score", DataTypes.DoubleType, false)
                .add("reasons", DataTypes.createArrayType(DataTypes.StringType, false), false);
        return new StructType()
                .add("id", DataTypes.StringType, false)
                .add("type", DataTypes.StringType, false)
                .add("first_day", DataTypes.StringType, true)
                .add("last_day", DataTypes.StringType, true)
                .add("place", DataTypes.StringType, true)
                .add("country", DataTypes.StringType, true)
                .add("admin1", DataTypes.StringType, true)
                .add("lat", DataTypes.DoubleType, true)
                .add("lon", DataTypes.DoubleType, true)
                .add("articles", DataTypes.LongType, false)
                .add("sources", DataTypes.LongType, false)
                .add("events", DataTypes.LongType, false)
                .add("members", DataTypes.createArrayType(member, false), false)
                .add(OutputSchema.MONTH, DataTypes.StringType, false);
    }

    /** Merges one group's mentions (given as {@link MentionJson} lines) and gives each incident as a JSON row. */
    static Iterator<String> merge(Iterator<String> mentions) {
        ObjectMapper mapper = new ObjectMapper();
        List<IncidentMention> group = new ArrayList<>();
        mentions.forEachRemaining(json -> group.add(MentionJson.read(mapper, json)));
        List<String> rows = new ArrayList<>();
        for (Incident incident : new IncidentMerger(new IncidentRules(Ontology.load())).merge(group)) {
            rows.add(row(mapper, incident));
        }
        return rows.iterator();
    }

    private static String row(ObjectMapper mapper, Incident incident) {
        IncidentMention placed = incident.placed();
        ObjectNode node = mapper.createObjectNode();
        node.put("id", incident.id());
        node.put("type", incident.type());
        node.put("first_day", incident.firstDay().map(LocalDate::toString).orElse(null));
        node.put("last_day", incident.lastDay().map(LocalDate::toString).orElse(null));
        node.put("place", placed.place().orElse(null));
        node.put("country", placed.country().orElse(null));
        node.put("admin1", placed.admin1().orElse(null));
        node.put("lat", placed.point().map(LatLon::lat).orElse(null));
        node.put("lon", placed.point().map(LatLon::lon).orElse(null));
        node.put("articles", incident.articles());
        node.put("sources", incident.sources());
        node.put("events", incident.members().size());
        ArrayNode members = node.putArray("members");
        for (Incident.Member m : incident.members()) {
            String key = m.mention().key();
            ObjectNode member = members.addObject();
            member.put(OutputSchema.ARTICLE_ID, m.mention().articleId());
            member.put("event_id", key.substring(key.lastIndexOf('/') + 1));
            member.put("matched_to", m.matchedTo().orElse(null));
            member.put("score", m.score());
            ArrayNode reasons = member.putArray("reasons");
            m.reasons().forEach(reasons::add);
        }
        node.put(
                OutputSchema.MONTH,
                incident.firstDay().map(d -> d.toString().substring(0, 7)).orElse(OutcomeRows.UNDATED));
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a tree Jackson built", e);
        }
    }
}
