package se.hjulet.hub.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The last step of generating the API contract (hub-web's build runs it; the running hub serves the
 * result as a static file): what is true of every operation, so no resource has to repeat it.
 * <ul>
 * <li>Every operation can answer with the error body ({@link Problem}): its {@code default} response.</li>
 * <li>Every write (POST, PUT, DELETE, PATCH) needs a login: the {@code bearer} scheme, unless the operation
 * says otherwise. Reads that need one say so with {@code @SecurityRequirement} themselves.</li>
 * <li>A 201 documented without a body (a generic resource's {@code create} answers a {@code Response}, whose
 * type the scanner cannot know) answers what {@code GET} on the new item's address answers: the created item's
 * view, as the system tests check against the running hub.</li>
 * <li>Operation ids read {@code kind_method} ({@code projects_create}), from the resource class's name.</li>
 * <li>Every variable of a path's template is declared. The scanner loses a variable of the class's {@code @Path}
 * that a method inherited from an abstract resource reads ({@code id} of {@code projects/{id}/relations}); it is
 * the same parameter as at the same place of a shorter path ({@code projects/{id}}), so it is declared as there.</li>
 * </ul>
 */
public class ApiContract implements OASFilter {

    /** The name of the shared error response under {@code components/responses}. */
    public static final String PROBLEM = "Problem";
    /** The name of the login's security scheme. */
    public static final String BEARER = "bearer";

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.DELETE, PathItem.HttpMethod.PATCH);
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^/}]+)}");
    private static final Pattern CLASS_METHOD = Pattern.compile("(\\w+?)Resource_(\\w+)");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> paths = api.getPaths().getPathItems();
        declareTemplateVariables(paths);
        for (Map.Entry<String, PathItem> path : paths.entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                complete(entry.getKey(), entry.getValue());
            }
            Operation create = path.getValue().getPOST();
            APIResponse created = create == null ? null : create.getResponses().getAPIResponse("201");
            if (created != null && !hasSchema(created.getContent())) {
                created.setContent(itemContent(paths, path.getKey()));
            }
        }
    }

    private static void declareTemplateVariables(Map<String, PathItem> paths) {
        for (Map.Entry<String, PathItem> path : paths.entrySet()) {
            Matcher variable = TEMPLATE_VARIABLE.matcher(path.getKey());
            while (variable.find()) {
                String name = variable.group(1);
                if (pathParameter(path.getValue().getParameters(), name) != null) {
                    continue;
                }
                for (Operation operation : path.getValue().getOperations().values()) {
                    if (pathParameter(operation.getParameters(), name) == null) {
                        Parameter known = declared(paths, path.getKey().substring(0, variable.end()), name);
                        operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true)
                                .description(known.getDescription()).schema(known.getSchema()));
                    }
                }
            }
        }
    }

    /** How a path that begins with {@code prefix} (and ends with the variable) declares the variable. */
    private static Parameter declared(Map<String, PathItem> paths, String prefix, String name) {
        for (Map.Entry<String, PathItem> path : paths.entrySet()) {
            if (!path.getKey().equals(prefix) && !path.getKey().startsWith(prefix + "/")) {
                continue;
            }
            Parameter known = pathParameter(path.getValue().getParameters(), name);
            for (Operation operation : path.getValue().getOperations().values()) {
                known = known != null ? known : pathParameter(operation.getParameters(), name);
            }
            if (known != null) {
                return known;
            }
        }
        throw new IllegalStateException("No operation under " + prefix + " declares its path parameter " + name
                + ": declare it with @PathParam on a method of the resource that serves " + prefix + ".");
    }

    private static Parameter pathParameter(List<Parameter> parameters, String name) {
        if (parameters == null) {
            return null;
        }
        return parameters.stream().filter(p -> p.getIn() == Parameter.In.PATH && name.equals(p.getName()))
                .findFirst().orElse(null);
    }

    /** The body GET answers on the address of one item under the path ({@code path/{id}}). */
    private static Content itemContent(Map<String, PathItem> paths, String collection) {
        for (Map.Entry<String, PathItem> path : paths.entrySet()) {
            Operation read = path.getValue().getGET();
            if (path.getKey().matches(Pattern.quote(collection) + "/\\{[^/}]+}") && read != null
                    && read.getResponses().getAPIResponse("200") != null) {
                return read.getResponses().getAPIResponse("200").getContent();
            }
        }
        throw new IllegalStateException("POST " + collection + " documents a 201 without a body, and no GET "
                + collection + "/{id} answers one: document the body with @APIResponse(content = ...).");
    }

    private static boolean hasSchema(Content content) {
        return content != null && content.getMediaTypes() != null
                && content.getMediaTypes().values().stream().anyMatch(type -> type.getSchema() != null);
    }

    private static void complete(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses().getDefaultValue() == null) {
            operation.getResponses().setDefaultValue(OASFactory.createAPIResponse().ref(PROBLEM));
        }
        if (WRITES.contains(method) && operation.getSecurity() == null) {
            operation.setSecurity(List.of(login()));
        }
        if (operation.getOperationId() != null) {
            Matcher named = CLASS_METHOD.matcher(operation.getOperationId());
            if (named.matches()) {
                String kind = named.group(1);
                operation.setOperationId(Character.toLowerCase(kind.charAt(0)) + kind.substring(1) + "_" + named.group(2));
            }
        }
    }

    private static SecurityRequirement login() {
        return OASFactory.createSecurityRequirement().addScheme(BEARER);
    }
}
