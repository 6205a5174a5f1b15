package org.parcours.application.directory;

import java.io.Serializable;
import java.util.List;
import org.parcours.domain.directory.DirectoryEntry;
import org.parcours.domain.person.Role;
import org.parcours.domain.visit.Theme;

/**
 * What a reader sees of a directory entry, built only from what its person chose to show: a field
 * they keep hidden is {@code null} (or empty) here, so neither a page nor the API can show it.
 */
public record DirectoryCard(long personId, String name, List<Role> roles, List<String> territories, String email,
        String phone, String expertise, List<Theme> themes) implements Serializable {

    static DirectoryCard of(DirectoryEntry entry, List<String> territories) {
        return new DirectoryCard(entry.getPerson().getId(), entry.getPerson().getDisplayName(),
                entry.getPerson().getRoles().stream().sorted().toList(), List.copyOf(territories),
                entry.getShownEmail(), entry.getShownPhone(), entry.getShownExpertise(),
                entry.getShownThemes().stream().sorted().toList());
    }

    // JavaBean-style accessors for the pages (EL does not read record components in Faces 4.0).
    public String getName() { return name; }
    public List<Role> getRoles() { return roles; }
    public List<String> getTerritories() { return territories; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getExpertise() { return expertise; }
    public List<Theme> getThemes() { return themes; }
}
