package org.parcours.application.codev;

import java.io.Serializable;

/** One member's line in the rotation of clients (a class with getters: pages read it through EL). */
public class RotationLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String member;
    private final String territory;
    private final long turns;
    private final boolean waiting;

    RotationLine(String member, String territory, long turns, boolean waiting) {
        this.member = member;
        this.territory = territory;
        this.turns = turns;
        this.waiting = waiting;
    }

    public String getMember() {
        return member;
    }

    public String getTerritory() {
        return territory;
    }

    public long getTurns() {
        return turns;
    }

    /** Still to be client in the current cycle. */
    public boolean isWaiting() {
        return waiting;
    }
}
