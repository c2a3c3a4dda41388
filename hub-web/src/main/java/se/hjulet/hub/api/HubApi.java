package se.hjulet.hub.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The open JSON API. Reading is for everyone; writing needs a bearer token from the OpenID provider. */
@ApplicationPath("api/v1")
public class HubApi extends Application {
}
