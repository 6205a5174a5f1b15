package org.parcours.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Jakarta Security's OpenID Connect mechanism, set from the configuration (read through
 * {@link SecuritySettings} when the first person signs in, so the provider may start after Parcours).
 * It is not the application's mechanism: {@link ParcoursAuthentication} hands it the browser requests
 * when an issuer is configured. The provider's groups claim carries the realm roles.
 *
 * <p>redirectToOriginalResource stays false (true breaks Faces pages): people land on /callback,
 * which sends them on to the page they asked for.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${securitySettings.issuer}",
        clientId = "${securitySettings.clientId}",
        clientSecret = "${securitySettings.clientSecret}",
        redirectURI = "${securitySettings.redirectUri}",
        redirectToOriginalResource = false,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class KeycloakSignIn {
}
