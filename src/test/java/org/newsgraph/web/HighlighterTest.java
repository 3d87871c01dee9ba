package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HighlighterTest {
    @Test
    void marksBothPartiesAndEscapesEverythingElse() {
        String sentence = "Mr. Kim told <b>Yi</b> & \"others\" in Seoul.";
        List<Highlighter.Span> spans = new ArrayList<>();
        spans.addAll(Highlighter.byLabel(sentence, List.of("Kim Sung-Han", "Kim"), "hl-subject", "Kim Sung-Han"));
        spans.addAll(Highlighter.byLabel(sentence, List.of("Seoul"), "hl-object", null));
        assertEquals("Mr. <mark class=\"hl-subject\" title=\"Kim Sung-Han\">Kim</mark> told &lt;b&gt;Yi&lt;/b&gt; &amp; "
                + "&quot;others&quot; in <mark class=\"hl-object\">Seoul</mark>.", Highlighter.render(sentence, spans));
    }

    @Test
    void wholeWordsOnlyAndCaseIgnoredOnlyWhenTheExactNameIsAbsent() {
        assertEquals(List.of(), Highlighter.byLabel("Kimberly left.", List.of("Kim"), "x", null));
        assertEquals(List.of(new Highlighter.Span(0, 5, "x", null)), Highlighter.byLabel("SEOUL, May 3", List.of("Seoul"), "x", null));
        assertEquals(List.of(new Highlighter.Span(10, 15, "x", null)), Highlighter.byLabel("SEOUL and Seoul", List.of("Seoul"), "x", null));
    }

    @Test
    void overlappingSpansKeepTheEarlierAndLonger() {
        String text = "South Korea and Korea";
        List<Highlighter.Span> spans = List.of(new Highlighter.Span(6, 11, "b", null), new Highlighter.Span(0, 11, "a", null),
                new Highlighter.Span(16, 21, "b", null));
        assertEquals("<mark class=\"a\">South Korea</mark> and <mark class=\"b\">Korea</mark>", Highlighter.render(text, spans));
    }

    @Test
    void markupInNamesAndTitlesIsEscapedToo() {
        String text = "<script>alert(1)</script> was posted.";
        String html = Highlighter.render(text, Highlighter.byLabel(text, List.of("<script>alert(1)</script>"), "x\"y", "<i>"));
        assertEquals("<mark class=\"x&quot;y\" title=\"&lt;i&gt;\">&lt;script&gt;alert(1)&lt;/script&gt;</mark> was posted.", html);
    }

    @Test
    void aMentionIsPlacedByCodePointsAndCheckedAgainstItsText() {
        String text = "\uD83D\uDE00 Seoul replied."; // an emoji: two UTF-16 units, one code point
        assertEquals(java.util.Optional.of(new Highlighter.Span(3, 8, "x", null)),
                Highlighter.atCodePoints(text, 10, 12, 17, "Seoul", "x", null));
        assertEquals(java.util.Optional.empty(), Highlighter.atCodePoints(text, 10, 13, 18, "Seoul", "x", null), "another text there");
        assertEquals(java.util.Optional.empty(), Highlighter.atCodePoints(text, 10, 12, 40, "Seoul", "x", null), "past the end");
    }
}
