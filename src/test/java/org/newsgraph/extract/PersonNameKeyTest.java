package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spellings of one name share a key; two people keep two keys. */
class PersonNameKeyTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Donald J. Trump          | Donald Trump
            George H.W. Bush         | George H. W. Bush
            George W. Bush           | George Bush
            Joseph R. Biden Jr.      | Joseph Biden Jr.
            Volodymyr Zelenskyy      | Volodymyr Zelensky
            Volodymyr Zelenskiy      | Volodymyr Zelensky
            Volodymyr Zelenski       | Volodymyr Zelensky
            Muammar Gaddafi          | Muammar Qaddafi
            Muammar Gadhafi          | Muammar Qaddafi
            Muammar al-Qaddafi       | Muammar Gaddafi
            Bashar al-Assad          | Bashar Assad
            Abdel Fattah el-Sisi     | Abdel Fattah al-Sisi
            Haider Al Abadi          | Haider al-Abadi
            Ibrahim al- Jaafari      | Ibrahim Al-Ja’afari
            Mikhail Gorbachev        | Mikail Gorbachev
            Dmitrii Peskov           | Dmitriy Peskov
            Yevgeny Prigozhin        | Evgeny Prigozhin
            Kim Jong-un              | Kim Jong Un
            Yoon Suk-yeol            | YOON Suk Yeol
            Pedro Sánchez            | Pedro Sanchez
            Recep Tayyip Erdoğan     | Recep Tayyip Erdogan
            Conan O’Brien            | Conan O'Brien
            Lech Wałęsa              | Lech Walesa
            Haider al-Abadi’s        | Haider al-Abadi
            Tobias Ellwood's         | Tobias Ellwood
            Jeff Davis'              | Jeff Davis
            """)
    void spellingsOfOneNameShareAKey(String a, String b) {
        assertEquals(PersonNameKey.of(b), PersonNameKey.of(a));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kim Jong-un              | Kim Jong-il
            Hunter Biden             | Joe Biden
            Donald Trump Jr.         | Donald Trump
            Melania Trump            | Donald Trump
            Kim Sung-han             | Kim Jong-un
            Raúl Castro              | Fidel Castro
            Rishi Sunak              | Rishi Sunak Sr.
            Ed Miliband              | David Miliband
            George H. W. Bush        | George W. Bush
            Serena Williams          | Serena William
            Warren Hastings          | Warren Hasting
            """)
    void twoPeopleKeepTwoKeys(String a, String b) {
        assertNotEquals(PersonNameKey.of(b), PersonNameKey.of(a));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Volodymyr Zelenskyy     | volodymyr-zelensky
            Kim Sung-Han            | kim-sung-han
            Donald J. Trump         | donald-trump
            Donald Trump Jr.        | donald-trump-jr
            Muammar al-Qaddafi      | muammar-gaddafi
            Philip Hammond          | philip-hammond
            Al Gore                 | al-gore
            """)
    void keysAreReadable(String name, String key) {
        assertEquals(key, PersonNameKey.of(name));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            John J. Thomas          | thomas
            Joseph R. Biden Jr.     | biden
            Bashar al-Assad         | assad
            Kim Sung-han            | kim
            Tsai Ing-wen            | tsai
            Jean-Pierre Raffarin    | raffarin
            Ahmed Mohamed's         | mohamed
            """)
    void theFamilyNameIsLastUnlessAnEastAsianGivenNameFollowsIt(String name, String surname) {
        assertEquals(surname, PersonNameKey.surname(name));
    }

    @org.junit.jupiter.api.Test
    void aNameOfOneWordHasNoFamilyName() {
        assertEquals(null, PersonNameKey.surname("John"));
        assertEquals(null, PersonNameKey.surname("Kim’s"));
    }

    @org.junit.jupiter.api.Test
    void anInitialFirstIsKept() {
        assertEquals(List.of("j", "rowling"), PersonNameKey.words("J. Rowling"));
    }
}
