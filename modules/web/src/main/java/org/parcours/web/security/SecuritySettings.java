package org.parcours.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security settings read from MicroProfile Config (environment variables such as
 * {@code PARCOURS_OIDC_ISSUER}, or {@code -Dparcours.oidc.issuer=...}): never from the build.
 * Without an issuer, Parcours signs people in with its own local accounts.
 */
@Named
@ApplicationScoped
public class SecuritySettings {

    @Inject
    @ConfigProperty(name = "parcours.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "parcours.oidc.client-id", defaultValue = "parcours")
    String clientId;

    @Inject
    @ConfigProperty(name = "parcours.oidc.client-secret")
    Optional<String> clientSecret;

    /** The public address of Parcours (behind a proxy: the proxy's), e.g. https://parcours.example.org. */
    @Inject
    @ConfigProperty(name = "parcours.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** "true": session cookies only over HTTPS; unset: only when the base URL is https. */
    @Inject
    @ConfigProperty(name = "parcours.secure-cookies")
    Optional<Boolean> secureCookies;

    /** Whether people sign in through an OpenID Connect provider (Keycloak). */
    public boolean isOidc() {
        return issuer.filter(i -> !i.isBlank()).isPresent();
    }

    public String getIssuer() {
        return issuer.map(SecuritySettings::withoutTrailingSlash).orElse("");
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret.orElse("");
    }

    public String getBaseUrl() {
        return withoutTrailingSlash(baseUrl);
    }

    /** Where the provider sends people back after signing in. */
    public String getRedirectUri() {
        return getBaseUrl() + "/callback";
    }

    public boolean isSecureCookies() {
        return secureCookies.orElse(getBaseUrl().startsWith("https:"));
    }

    /** The provider's origin (scheme, host, port), allowed as a form target for signing out there. */
    public String getIssuerOrigin() {
        if (!isOidc()) {
            return "";
        }
        URI uri = URI.create(getIssuer());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /**
     * The Content-Security-Policy of the pages. PrimeFaces (primefaces.CSP) appends the request's
     * nonce to it, so it must end with the script-src directive: no inline script runs without the
     * nonce, and there is no 'unsafe-eval'. Inline styles stay allowed (PrimeFaces widgets set them).
     */
    public String getPagePolicy() {
        String formTargets = isOidc() ? "'self' " + getIssuerOrigin() : "'self'";
        return "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
                + "object-src 'none'; base-uri 'self'; form-action " + formTargets + "; frame-ancestors 'none'; "
                + "script-src 'self'";
    }

    private static String withoutTrailingSlash(String url) {
        String trimmed = url.strip();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
