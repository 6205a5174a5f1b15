package org.parcours.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The key of a calendar feed. The token (256 random bits, URL-safe) is the only credential a
 * calendar application has, so only its SHA-256 hash is stored: a database leak does not open feeds.
 */
@Entity
@Table(name = "calendar_token")
public class CalendarToken implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, length = 16)
    private FeedOwner ownerKind;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarToken() {
        // for JPA
    }

    private CalendarToken(FeedOwner kind, long ownerId, String tokenHash, Instant now) {
        this.ownerKind = kind;
        this.ownerId = ownerId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    /** A new token: the entity to store and the clear token to show once. */
    public static Issued issue(FeedOwner kind, long ownerId, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new CalendarToken(kind, ownerId, hash(token), now), token);
    }

    /** Whether a string could be a token at all (to refuse garbage without a database query). */
    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public record Issued(CalendarToken stored, String token) {
    }

    public Long getId() {
        return id;
    }

    public FeedOwner getOwnerKind() {
        return ownerKind;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
