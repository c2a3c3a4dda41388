package se.hjulet.hub.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect provider and client, from MicroProfile Config. The annotation's EL expressions
 * read this bean, so the provider is configuration, not code.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${openIdSettings.providerUri}",
        clientId = "${openIdSettings.clientId}",
        clientSecret = "${openIdSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = true,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "sub", callerGroupsClaim = "groups"))
@ApplicationScoped
@Named("openIdSettings")
public class OpenIdSettings {

    @Inject
    @ConfigProperty(name = "hub.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "hub.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "hub.oidc.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "hub.oidc.organisations-claim", defaultValue = "organisations")
    String organisationsClaim;

    @Inject
    @ConfigProperty(name = "hub.oidc.groups-claim", defaultValue = "groups")
    String groupsClaim;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public String getOrganisationsClaim() {
        return organisationsClaim;
    }

    public String getGroupsClaim() {
        return groupsClaim;
    }
}
