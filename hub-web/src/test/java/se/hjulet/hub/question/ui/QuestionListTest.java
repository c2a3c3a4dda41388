package se.hjulet.hub.question.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which questions the list shows for its filter links. */
class QuestionListTest {

    @Test
    void theFilterLinksNarrowToAnsweredOrOpenQuestionsAndAnythingElseShowsAll() {
        assertEquals(Boolean.TRUE, QuestionList.answeredFilter("besvarade"));
        assertEquals(Boolean.FALSE, QuestionList.answeredFilter("oppna"));
        assertNull(QuestionList.answeredFilter(null));
        assertNull(QuestionList.answeredFilter("<script>"));
    }
}
