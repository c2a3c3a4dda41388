package se.hjulet.hub.initiative.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.hjulet.hub.initiative.entity.Link;

public record LinkInput(@Size(max = 300) String title, @NotBlank @Size(max = 2000) String url) {

    /** A stored link as an author would write it again. */
    public static LinkInput of(Link link) {
        return new LinkInput(link.title(), link.url());
    }

    public Link toLink() {
        return new Link(title, url);
    }
}
