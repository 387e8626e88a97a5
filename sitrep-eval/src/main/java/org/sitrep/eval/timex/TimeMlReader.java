package org.sitrep.eval.timex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML 1.2.1 files (TempEval-3 TBAQ-cleaned, TE3-platinum): the DCT from {@code <DCT><TIMEX3>},
 * the text of {@code <TEXT>} with its tags removed and entities resolved, and the TIMEX3 inside it with
 * their offsets in that text. The XML is read with StAX; DTDs and external entities are not loaded.
 */
public final class TimeMlReader {
    /** Every {@code .tml} file under {@code dir}, in path order. */
    public List<TimeMlDoc> readAll(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        List<TimeMlDoc> docs = new ArrayList<>(files.size());
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                docs.add(read(f.getFileName().toString().replaceFirst("\\.tml$", ""), in));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(f + ": " + e.getMessage(), e);
            }
        }
        return docs;
    }

    public TimeMlDoc read(String id, InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            LocalDate dct = null;
            StringBuilder text = new StringBuilder();
            List<TimexSpan> timexes = new ArrayList<>();
            boolean inDct = false;
            boolean inText = false;
            Open open = null;
            Links links = new Links();
            int eventStart = -1;
            String eventId = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("DCT")) {
                        inDct = true;
                    } else if (name.equals("TEXT")) {
                        inText = true;
                    } else if (name.equals("TIMEX3") && inDct) {
                        dct = date(xml.getAttributeValue(null, "value"), id);
                        links.timex(xml.getAttributeValue(null, "tid"), "DATE", xml.getAttributeValue(null, "value"));
                    } else if (name.equals("EVENT") && inText) {
                        eventStart = text.length();
                        eventId = xml.getAttributeValue(null, "eid");
                    } else if (name.equals("MAKEINSTANCE")) {
                        links.instance(xml.getAttributeValue(null, "eiid"), xml.getAttributeValue(null, "eventID"));
                    } else if (name.equals("TLINK")) {
                        links.link(
                                xml.getAttributeValue(null, "eventInstanceID"),
                                xml.getAttributeValue(null, "relatedToTime"),
                                xml.getAttributeValue(null, "relType"));
                    } else if (name.equals("TIMEX3") && inText) {
                        links.timex(
                                xml.getAttributeValue(null, "tid"),
                                xml.getAttributeValue(null, "type"),
                                xml.getAttributeValue(null, "value"));
                        open = new Open(
                                text.length(),
                                xml.getAttributeValue(null, "type"),
                                Optional.ofNullable(xml.getAttributeValue(null, "value")),
                                Optional.ofNullable(xml.getAttributeValue(null, "mod")));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("DCT")) {
                        inDct = false;
                    } else if (name.equals("TEXT")) {
                        inText = false;
                    } else if (name.equals("EVENT") && eventId != null) {
                        if (text.length() > eventStart) {
                            links.event(eventId, eventStart, text.length());
                        }
                        eventId = null;
                    } else if (name.equals("TIMEX3") && open != null) {
                        if (text.length() > open.start) {
                            timexes.add(new TimexSpan(open.start, text.length(), open.type, open.value, open.mod));
                        }
                        open = null;
                    }
                } else if (inText
                        && (event == XMLStreamConstants.CHARACTERS
                                || event == XMLStreamConstants.CDATA
                                || event == XMLStreamConstants.SPACE)) {
                    text.append(xml.getText());
                }
            }
            if (dct == null) {
                throw new IllegalArgumentException("no <DCT><TIMEX3 value=...> in " + id);
            }
            return new TimeMlDoc(id, dct, text.toString(), timexes, links.eventTimes());
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("malformed TimeML in %s: %s".formatted(id, e.getMessage()), e);
        }
    }

    private static LocalDate date(String value, String id) {
        try {
            return LocalDate.parse(value.substring(0, Math.min(10, value.length())));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("DCT value '%s' of %s is not a date".formatted(value, id), e);
        }
    }

    private record Open(int start, String type, Optional<String> value, Optional<String> mod) {}

    /** EVENT spans, their instances, the DATE TIMEX3 and the TLINKs that put an instance in one. */
    private static final class Links {
        private static final Set<String> INSIDE = Set.of("IS_INCLUDED", "DURING", "SIMULTANEOUS");
        private final Map<String, int[]> events = new HashMap<>();
        private final Map<String, String> instances = new HashMap<>();
        private final Map<String, String> dates = new HashMap<>();
        private final List<String[]> links = new ArrayList<>();

        void event(String eid, int start, int end) {
            events.put(eid, new int[] {start, end});
        }

        void instance(String eiid, String eid) {
            if (eiid != null && eid != null) {
                instances.put(eiid, eid);
            }
        }

        void timex(String tid, String type, String value) {
            if (tid != null && "DATE".equals(type) && value != null && value.matches("\\d{4}.*")) {
                dates.put(tid, value);
            }
        }

        void link(String eiid, String tid, String relType) {
            if (eiid != null && tid != null && INSIDE.contains(relType)) {
                links.add(new String[] {eiid, tid});
            }
        }

        /** One gold time per event: the first link to a DATE, a date of the text before the DCT. */
        List<GoldEventTime> eventTimes() {
            Map<String, String> chosen = new LinkedHashMap<>();
            for (String[] l : links) {
                String eid = instances.get(l[0]);
                String value = dates.get(l[1]);
                if (eid == null || value == null || !events.containsKey(eid)) {
                    continue;
                }
                if (!chosen.containsKey(eid) || chosen.get(eid).equals(dates.get("t0")) && !l[1].equals("t0")) {
                    chosen.put(eid, value);
                }
            }
            List<GoldEventTime> result = new ArrayList<>();
            chosen.forEach(
                    (eid, value) -> result.add(new GoldEventTime(events.get(eid)[0], events.get(eid)[1], value)));
            result.sort(java.util.Comparator.comparingInt(GoldEventTime::start));
            return result;
        }
    }
}
