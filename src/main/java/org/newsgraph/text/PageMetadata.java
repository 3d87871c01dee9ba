package org.newsgraph.text;

import java.time.LocalDate;
import java.util.List;

/**
 * What a web page says about its article beyond the headline, address and publication date that
 * {@link Article} carries: read from JSON-LD, Open Graph, Dublin Core and the page's markup.
 *
 * @param modified  the date it was last changed, or {@code null}
 * @param authors   the authors' names, in page order (empty when not given)
 * @param publisher the publisher or site name, or {@code null}
 * @param language  the language as a BCP 47 tag ({@code en}, {@code en-GB}), or {@code null}
 */
public record PageMetadata(LocalDate modified, List<String> authors, String publisher, String language) {
    /** Nothing known. */
    public static final PageMetadata NONE = new PageMetadata(null, List.of(), null, null);

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
