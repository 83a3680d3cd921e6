package org.masthead.feeds;

import java.io.ByteArrayOutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One XML document written with the JDK's {@link XMLStreamWriter}, which escapes text and attribute values.
 * It does not drop characters XML 1.0 forbids (control characters, lone surrogates), and one of those pasted into a
 * headline would make the whole feed unreadable, so every piece of text passes {@link #clean} on its way in.
 */
final class XmlOutput {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
    private final XMLStreamWriter xml;

    XmlOutput() {
        try {
            // The JDK's own factory, not whichever StAX implementation happens to be on the class path.
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element without a prefix; it takes the default namespace declared on an enclosing element. */
    XmlOutput start(String name) {
        return write(() -> xml.writeStartElement(name));
    }

    XmlOutput start(String prefix, String name, String namespace) {
        return write(() -> xml.writeStartElement(prefix, name, namespace));
    }

    XmlOutput defaultNamespace(String namespace) {
        return write(() -> xml.writeDefaultNamespace(namespace));
    }

    XmlOutput namespace(String prefix, String namespace) {
        return write(() -> xml.writeNamespace(prefix, namespace));
    }

    XmlOutput attribute(String name, String value) {
        return write(() -> xml.writeAttribute(name, clean(value)));
    }

    XmlOutput attribute(String prefix, String name, String namespace, String value) {
        return write(() -> xml.writeAttribute(prefix, namespace, name, clean(value)));
    }

    XmlOutput language(String code) {
        return write(() -> xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", clean(code)));
    }

    XmlOutput text(String text) {
        return write(() -> xml.writeCharacters(clean(text)));
    }

    XmlOutput end() {
        return write(xml::writeEndElement);
    }

    /** {@code <name>text</name>}. */
    XmlOutput element(String name, String text) {
        return start(name).text(text).end();
    }

    XmlOutput element(String prefix, String name, String namespace, String text) {
        return start(prefix, name, namespace).text(text).end();
    }

    /** A line break between elements, so people reading the source can find their way. */
    XmlOutput newline() {
        return write(() -> xml.writeCharacters("\n"));
    }

    byte[] finish() {
        write(() -> {
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.close();
        });
        return bytes.toByteArray();
    }

    /** The text without the characters XML 1.0 does not allow anywhere in a document. */
    static String clean(String text) {
        if (text == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (!allowed && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (allowed && out != null) out.appendCodePoint(c);
            i += width;
        }
        return out == null ? text : out.toString();
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private XmlOutput write(Step step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write XML", e);
        }
    }
}
