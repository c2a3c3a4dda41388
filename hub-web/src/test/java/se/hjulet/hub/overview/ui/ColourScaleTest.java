package se.hjulet.hub.overview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColourScaleTest {

    @Test
    void nothingIsTheFirstStepAndTheLargestTheDarkest() {
        assertEquals(0, ColourScale.step(0, 10));
        assertEquals(0, ColourScale.step(0, 0));
        assertEquals(4, ColourScale.step(10, 10));
        assertEquals(4, ColourScale.step(1, 1), "a single item is the most there is");
    }

    @Test
    void theRangeUpToTheLargestIsSplitIntoFourEqualParts() {
        assertEquals(1, ColourScale.step(1, 20));
        assertEquals(1, ColourScale.step(5, 20));
        assertEquals(2, ColourScale.step(6, 20));
        assertEquals(2, ColourScale.step(10, 20));
        assertEquals(3, ColourScale.step(11, 20));
        assertEquals(3, ColourScale.step(15, 20));
        assertEquals(4, ColourScale.step(16, 20));
    }

    @Test
    void anyCountAboveZeroIsVisiblyNotNothing() {
        assertEquals(1, ColourScale.step(1, 1_000_000));
        assertEquals("scale-1", ColourScale.fillClass(1, 1_000_000));
    }

    @Test
    void textIsWhiteOnlyOnTheTwoDarkestSteps() {
        assertEquals("on-light", ColourScale.textClass(0, 20));
        assertEquals("on-light", ColourScale.textClass(10, 20));
        assertEquals("on-dark", ColourScale.textClass(11, 20));
        assertEquals("on-dark", ColourScale.textClass(20, 20));
    }
}
