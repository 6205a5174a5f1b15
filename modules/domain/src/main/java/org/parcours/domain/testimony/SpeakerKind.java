package org.parcours.domain.testimony;

/** Who speaks: a peer territory, a decision maker or an expert. */
public enum SpeakerKind {
    PEER_TERRITORY,
    DECISION_MAKER,
    EXPERT
}
