package se.hjulet.hub.opendata.api;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the contract promises of an open-data answer: a JSON-LD node with its identifier and type. Its other
 * terms (DCAT-AP-SE, Hydra paging) are defined by its {@code @context}, so the contract leaves them open.
 * Only for the contract: the answers themselves are built as maps by {@link OpenDataJsonLd}.
 */
@Schema(description = "A JSON-LD node (DCAT-AP-SE, Hydra paging) with its @context; its other terms follow the context")
public record JsonLdNode(
        @JsonbProperty("@id") @Schema(format = "uri") String id,
        @JsonbProperty("@type") @Schema(example = "dcat:Catalog") String type) {
}
