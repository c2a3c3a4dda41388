package se.hjulet.hub.question.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.hjulet.hub.question.boundary.Questions;
import se.hjulet.hub.question.entity.Question;
import se.hjulet.hub.ui.Formats;
import se.hjulet.hub.ui.Site;

/**
 * {@code fragor.xhtml[?visa=besvarade|oppna&sida=2]}: the latest questions to the network, answered ones
 * marked, with the way to ask one. Read by everyone.
 */
@Named("questionList")
@RequestScoped
public class QuestionList {

    static final int PAGE_SIZE = 25;

    @Inject
    Questions questions;

    @Inject
    Site site;

    @Inject
    Formats formats;

    private String show;
    private String pageParam;
    private List<Row> rows;

    /** One question as the list shows it. */
    public record Row(long id, String title, String url, boolean answered, int answers, String asked) {
    }

    public List<Row> getRows() {
        if (rows == null) {
            List<Question> listed = questions.listed(answeredFilter(show), (page() - 1) * PAGE_SIZE, PAGE_SIZE + 1);
            rows = listed.stream().limit(PAGE_SIZE)
                    .map(q -> new Row(q.id(), q.title(), site.url(q.pagePath()), q.isAnswered(), q.visibleAnswers().size(),
                            formats.instant(q.createdAt())))
                    .toList();
            hasNext = listed.size() > PAGE_SIZE;
        }
        return rows;
    }

    private boolean hasNext;

    /** "besvarade": answered only, "oppna": open only, anything else: all. */
    static Boolean answeredFilter(String show) {
        if ("besvarade".equals(show)) {
            return Boolean.TRUE;
        }
        return "oppna".equals(show) ? Boolean.FALSE : null;
    }

    int page() {
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(pageParam == null ? "1" : pageParam.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public String getShowKey() {
        Boolean answered = answeredFilter(show);
        return answered == null ? "all" : answered ? "answered" : "open";
    }

    public boolean isHasNext() {
        getRows();
        return hasNext;
    }

    public String getNextUrl() {
        return site.url("/fragor.xhtml?" + (answeredFilter(show) == null ? "" : "visa=" + show + "&") + "sida=" + (page() + 1));
    }

    public String getPreviousUrl() {
        return page() > 1 ? site.url("/fragor.xhtml?" + (answeredFilter(show) == null ? "" : "visa=" + show + "&") + "sida=" + (page() - 1)) : null;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public String getPageParam() {
        return pageParam;
    }

    public void setPageParam(String pageParam) {
        this.pageParam = pageParam;
    }
}
