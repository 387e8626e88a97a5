package org.sitrep.eval.timex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
                    } else if (name.equals("TIMEX3") && inText) {
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
            return new TimeMlDoc(id, dct, text.toString(), timexes);
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
}
