package se.hjulet.hub.follow.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.hjulet.hub.follow.boundary.FollowInput;
import se.hjulet.hub.follow.boundary.Follows;
import se.hjulet.hub.follow.control.SavedSearch;
import se.hjulet.hub.follow.entity.Follow;
import se.hjulet.hub.follow.entity.FollowKind;
import se.hjulet.hub.initiative.ui.InitiativePage;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.ui.Failures;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;

/**
 * The follow button of item, organisation and search pages (WEB-INF/templates/follow.xhtml), and the unread count in
 * every page's header. Each press posts and comes back to the page it was on (post/redirect/get) with what happened.
 * The follow starts in the app only (delivery none); mail is chosen through the API for now.
 */
@Named("following")
@RequestScoped
public class Following {

    @Inject
    Follows follows;

    @Inject
    Site site;

    private List<Follow> mine;
    private Long unread;

    /** The reader's follow of this thing, or null: {@code kind} item, organisation or search; the target as the page names it. */
    public Follow of(String kind, String target) {
        if (!site.isLoggedIn() || target == null) {
            return null;
        }
        return mine().stream().filter(f -> follows(f, kind, target)).findFirst().orElse(null);
    }

    /** Unread notifications of the reader, for the header (0 for visitors). */
    public long getUnread() {
        if (unread == null) {
            unread = site.isLoggedIn() ? guarded(follows::unread, 0L) : 0L;
        }
        return unread;
    }

    /** "Följ": the form sends followKind, followTarget and back (the page to come back to). */
    public String follow() {
        Map<String, String> parameters = parameters();
        String kind = parameters.getOrDefault("followKind", "");
        String target = parameters.getOrDefault("followTarget", "");
        return act(() -> {
            follows.follow(input(kind, target));
            return "follow.done.followed";
        });
    }

    /** "Sluta följa": the form sends the follow's id and back. */
    public String unfollow() {
        Long id = InitiativePage.parseId(parameters().get("follow"));
        return act(() -> {
            if (id != null) {
                follows.unfollow(id);
            }
            return "follow.done.unfollowed";
        });
    }

    static FollowInput input(String kind, String target) {
        return switch (kind) {
            case "item" -> new FollowInput("item", InitiativePage.parseId(target), null, null, null, null, "none");
            case "organisation" -> new FollowInput("organisation", null, null, target, null, null, "none");
            case "search" -> {
                SearchToFollow search = SearchToFollow.of(target);
                yield new FollowInput("search", null, null, null, search.query(), search.filters(), "none");
            }
            default -> throw new InvalidInput("kind", "Follow an item, organisation or search.");
        };
    }

    private boolean follows(Follow follow, String kind, String target) {
        return switch (kind) {
            case "item" -> follow.kind() == FollowKind.ITEM && follow.initiative() != null
                    && Objects.equals(follow.initiative().id(), InitiativePage.parseId(target));
            case "organisation" -> follow.kind() == FollowKind.ORGANISATION && follow.organisation() != null
                    && follow.organisation().reference().equals(target);
            case "search" -> follow.kind() == FollowKind.SEARCH && sameSearch(follow, SearchToFollow.of(target));
            default -> false;
        };
    }

    private static boolean sameSearch(Follow follow, SearchToFollow search) {
        try {
            return Objects.equals(follow.searchQuery(), search.query())
                    && Objects.equals(follow.searchFilters(), SavedSearch.filtersOf(search.query(), search.filters()));
        } catch (InvalidInput notASearch) {
            return false;
        }
    }

    private List<Follow> mine() {
        if (mine == null) {
            mine = guarded(follows::mine, List.of());
        }
        return mine;
    }

    /** What the header and buttons read must not break a page when the database is away. */
    private static <T> T guarded(java.util.function.Supplier<T> read, T otherwise) {
        try {
            return read.get();
        } catch (NotAuthenticated e) {
            return otherwise;
        } catch (RuntimeException e) {
            if (Failures.kindOf(e) == Failures.Kind.DATABASE_UNAVAILABLE) {
                return otherwise;
            }
            throw e;
        }
    }

    private String act(java.util.function.Supplier<String> work) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            context.addMessage(null, Texts.info(Texts.get(work.get())));
        } catch (NotAuthenticated e) {
            redirect(external, site.getLoginUrl());
            return null;
        } catch (InvalidInput e) {
            context.addMessage(null, Texts.error(Texts.get("follow.failed", e.getMessage())));
        } catch (NotFound e) {
            context.addMessage(null, Texts.error(Texts.get("form.notFound")));
        } catch (RuntimeException e) {
            if (Failures.kindOf(e) != Failures.Kind.DATABASE_UNAVAILABLE) {
                throw e;
            }
            context.addMessage(null, Texts.error(Texts.get("form.databaseUnavailable")));
        }
        external.getFlash().setKeepMessages(true);
        external.getFlash().setRedirect(true);
        redirect(external, external.getRequestContextPath() + Site.localPathOrHome(parameters().get("back")));
        return null;
    }

    private static void redirect(ExternalContext external, String url) {
        try {
            external.redirect(url);
            FacesContext.getCurrentInstance().responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> parameters() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }
}
