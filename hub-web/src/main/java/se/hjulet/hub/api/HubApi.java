package se.hjulet.hub.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The open JSON API. Reading is for everyone; writing needs a bearer token from the OpenID provider. */
@ApplicationPath("api/v1")
public class HubApi extends Application {

    /** Error answers keep their JSON body instead of turning into the container's HTML error page. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
