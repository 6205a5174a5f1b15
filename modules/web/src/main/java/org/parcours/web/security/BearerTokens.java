package org.parcours.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the bearer tokens of API clients: signed by the provider (its keys fetched from
 * {@code mp.jwt.verify.publickey.location} and cached), issued by {@code mp.jwt.verify.issuer}, for
 * one of {@code mp.jwt.verify.audiences}, not expired. The MicroProfile JWT keys are used, defaulting
 * to the Keycloak realm of {@code parcours.oidc.issuer}.
 *
 * <p>Why not Payara's MicroProfile JWT mechanism: it is a second HttpAuthenticationMechanism, and two
 * in one application are ambiguous for Jakarta Security 3 (one of them is chosen for every request).
 * Delegating to it is not possible either: it only exists when the application declares
 * {@code @LoginConfig(authMethod = "MP-JWT")}, which makes it the application's mechanism. So the
 * one mechanism of Parcours checks tokens itself with Nimbus JOSE+JWT, the library Payara's own
 * MicroProfile JWT implementation uses.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());

    @Inject
    SecuritySettings settings;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keysLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<String> audiences;

    private volatile ConfigurableJWTProcessor<SecurityContext> processor;

    /** A caller proven by a token: their username and groups (role codes). */
    public record Caller(String username, Set<String> groups) {
    }

    public boolean isEnabled() {
        return keysLocation.isPresent() || settings.isOidc();
    }

    /** The caller, when the token is valid; empty for anything else (bad signature, expired, wrong issuer...). */
    public Optional<Caller> verify(String token) {
        if (!isEnabled()) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = processor().process(token, null);
            String username = Optional.ofNullable(claims.getStringClaim("preferred_username"))
                    .or(() -> Optional.ofNullable(claimOrNull(claims, "upn")))
                    .orElse(claims.getSubject());
            List<String> groups = claims.getStringListClaim("groups");
            return Optional.of(new Caller(username, groups == null ? Set.of() : new HashSet<>(groups)));
        } catch (ParseException | MalformedURLException | com.nimbusds.jose.proc.BadJOSEException
                | com.nimbusds.jose.JOSEException e) {
            LOG.log(Level.FINE, "Bearer token refused", e);
            return Optional.empty();
        }
    }

    private static String claimOrNull(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            return null;
        }
    }

    private ConfigurableJWTProcessor<SecurityContext> processor() throws MalformedURLException {
        ConfigurableJWTProcessor<SecurityContext> current = processor;
        if (current == null) {
            String expectedIssuer = issuer.orElse(settings.getIssuer());
            String keys = keysLocation.orElse(settings.getIssuer() + "/protocol/openid-connect/certs");
            Set<String> accepted = new HashSet<>(Arrays.asList(audiences.orElse(settings.getClientId()).split("\\s*,\\s*")));
            // Keys are fetched on first use and cached (refreshed when a token names an unknown key).
            JWKSource<SecurityContext> source = JWKSourceBuilder.create(URI.create(keys).toURL()).retrying(true).build();
            DefaultJWTProcessor<SecurityContext> created = new DefaultJWTProcessor<>();
            created.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
                    JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.ES256), source));
            created.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(accepted,
                    new JWTClaimsSet.Builder().issuer(expectedIssuer).build(), Set.of("sub", "exp", "iat"), null));
            processor = created;
            current = created;
        }
        return current;
    }
}
