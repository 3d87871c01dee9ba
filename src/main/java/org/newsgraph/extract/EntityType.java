package org.newsgraph.extract;

/** The core classes of the vocabulary contract. */
public enum EntityType {
    PERSON("Person"), ORGANIZATION("Organization"), COUNTRY("Country"), LOCATION("Location");

    private final String localName;

    EntityType(String localName) {
        this.localName = localName;
    }

    /** The class's local name in the ontology ({@code ng:Person}, ...). */
    public String localName() {
        return localName;
    }
}
