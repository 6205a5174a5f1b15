package org.parcours.application.cohort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Person;
import org.parcours.domain.territory.Territory;

/** A cohort as typed in a form: its name, period, territories, facilitators and partners. */
public class CohortForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Cohort.NAME_MAX)
    private String name;

    @NotNull
    private LocalDate startDate;

    /** Left empty, the cohort runs for the default nine months. */
    private LocalDate endDate;

    private List<Long> territoryIds = new ArrayList<>();

    private List<Long> facilitatorIds = new ArrayList<>();

    private List<Long> partnerIds = new ArrayList<>();

    private long version;

    /** When opening a cohort: the programme its schedule is generated from (none: an empty schedule). */
    private Long programmeId;

    public static CohortForm of(Cohort cohort) {
        CohortForm form = new CohortForm();
        form.name = cohort.getName();
        form.startDate = cohort.getPeriod().getStartDate();
        form.endDate = cohort.getPeriod().getEndDate();
        form.version = cohort.getVersion();
        cohort.getTerritories().stream().map(Territory::getId).forEach(form.territoryIds::add);
        cohort.getFacilitators().stream().map(Person::getId).forEach(form.facilitatorIds::add);
        cohort.getPartners().stream().map(Person::getId).forEach(form.partnerIds::add);
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public List<Long> getTerritoryIds() {
        return territoryIds;
    }

    public void setTerritoryIds(List<Long> territoryIds) {
        this.territoryIds = territoryIds == null ? new ArrayList<>() : new ArrayList<>(territoryIds);
    }

    public List<Long> getFacilitatorIds() {
        return facilitatorIds;
    }

    public void setFacilitatorIds(List<Long> facilitatorIds) {
        this.facilitatorIds = facilitatorIds == null ? new ArrayList<>() : new ArrayList<>(facilitatorIds);
    }

    public List<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(List<Long> partnerIds) {
        this.partnerIds = partnerIds == null ? new ArrayList<>() : new ArrayList<>(partnerIds);
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
