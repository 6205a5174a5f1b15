package org.parcours.domain.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.cohort.Cohort;

/**
 * A cohort's exchange-space settings. Kept beside the cohort rather than in it: the exchange space is
 * its own area. Partners following the cohort read its threads only when its facilitators allow it
 * (off by default, and when no settings were ever saved).
 */
@Entity
@Table(name = "exchange_settings")
public class ExchangeSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Column(name = "partners_may_read", nullable = false)
    private boolean partnersMayRead;

    protected ExchangeSettings() {
        // for JPA
    }

    public ExchangeSettings(Cohort cohort) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
    }

    public void letPartnersRead(boolean allowed, long versionSeen) {
        StaleEditException.check(version, versionSeen);
        this.partnersMayRead = allowed;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Cohort getCohort() { return cohort; }
    public boolean isPartnersMayRead() { return partnersMayRead; }
}
