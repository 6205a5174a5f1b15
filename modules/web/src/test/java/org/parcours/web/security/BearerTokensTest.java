package org.parcours.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which bearer tokens the API accepts: signed by the realm's key, for Parcours, from the realm, unexpired. */
class BearerTokensTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/parcours";

    @TempDir
    Path folder;

    private RSAKey realmKey;
    private BearerTokens tokens;

    @BeforeEach
    void realmWithItsKeys() throws Exception {
        realmKey = new RSAKeyGenerator(2048).keyID("realm").generate();
        Path keys = folder.resolve("certs.json");
        Files.writeString(keys, new JWKSet(realmKey.toPublicJWK()).toString());
        tokens = new BearerTokens();
        tokens.settings = new SecuritySettings();
        tokens.settings.issuer = Optional.of(ISSUER);
        tokens.settings.clientId = "parcours";
        tokens.keysLocation = Optional.of(keys.toUri().toString());
        tokens.issuer = Optional.of(ISSUER);
        tokens.audiences = Optional.of("parcours");
    }

    @Test
    void a_token_of_the_realm_for_parcours_gives_the_caller_and_groups() throws Exception {
        Optional<BearerTokens.Caller> caller = tokens.verify(token(realmKey, ISSUER, "parcours", 300));
        assertThat(caller).hasValueSatisfying(c -> {
            assertThat(c.username()).isEqualTo("paul");
            assertThat(c.groups()).contains("partner");
        });
    }

    @Test
    void expired_foreign_misaddressed_or_unsigned_tokens_are_refused() throws Exception {
        assertThat(tokens.verify(token(realmKey, ISSUER, "parcours", -120))).as("expired").isEmpty();
        assertThat(tokens.verify(token(realmKey, "http://evil.example/realms/parcours", "parcours", 300)))
                .as("other issuer").isEmpty();
        assertThat(tokens.verify(token(realmKey, ISSUER, "another-app", 300))).as("other audience").isEmpty();
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID("realm").generate();
        assertThat(tokens.verify(token(otherKey, ISSUER, "parcours", 300))).as("other key").isEmpty();
        String signed = token(realmKey, ISSUER, "parcours", 300);
        String unsigned = signed.substring(0, signed.lastIndexOf('.') + 1);
        assertThat(tokens.verify(unsigned)).as("no signature").isEmpty();
        assertThat(tokens.verify("garbage")).as("not a token").isEmpty();
    }

    private static String token(RSAKey key, String issuer, String audience, long secondsLeft) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer).audience(List.of(audience, "account")).subject("f6a1c0de")
                .claim("preferred_username", "paul").claim("groups", List.of("partner", "offline_access"))
                .issueTime(Date.from(now.minusSeconds(600))).expirationTime(Date.from(now.plusSeconds(secondsLeft)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
