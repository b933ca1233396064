package io.github.mantelzorg.rules.ecomap;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Parses SVG and XHTML as strict XML (any error fails) and finds elements by tag and class. */
final class SvgLezer {
  private SvgLezer() {}

  /** The document; throws on anything that is not well-formed XML. */
  static Document lees(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new DefaultHandler() {
        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return b.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** Every element with this local name whose class list has {@code klasse}, in document order. */
  static List<Element> met(Document d, String tag, String klasse) {
    List<Element> uit = new ArrayList<>();
    NodeList l = d.getElementsByTagNameNS("*", tag);
    for (int i = 0; i < l.getLength(); i++) {
      Element e = (Element) l.item(i);
      if (Arrays.asList(e.getAttribute("class").split(" ")).contains(klasse)) {
        uit.add(e);
      }
    }
    return uit;
  }

  /** Every element with this local name, in document order. */
  static List<Element> alle(Document d, String tag) {
    List<Element> uit = new ArrayList<>();
    NodeList l = d.getElementsByTagNameNS("*", tag);
    for (int i = 0; i < l.getLength(); i++) {
      uit.add((Element) l.item(i));
    }
    return uit;
  }

  /** The texts of the {@code <text>} elements under an element, joined by spaces. */
  static String tekst(Element e) {
    List<String> t = new ArrayList<>();
    NodeList l = e.getElementsByTagNameNS("*", "text");
    for (int i = 0; i < l.getLength(); i++) {
      t.add(l.item(i).getTextContent());
    }
    return String.join(" ", t);
  }
}
