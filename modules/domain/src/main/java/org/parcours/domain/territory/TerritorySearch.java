package org.parcours.domain.territory;

/**
 * What a list of territories is filtered and sorted by.
 *
 * @param text words to find in the name or region (ignored when blank)
 * @param sort the column to sort by
 * @param ascending the sort direction
 */
public record TerritorySearch(String text, Sort sort, boolean ascending) {

    /** The columns a territory list can be sorted by. */
    public enum Sort { NAME, KIND, REGION }

    public TerritorySearch {
        text = text == null ? "" : text.strip();
        sort = sort == null ? Sort.NAME : sort;
    }

    public static TerritorySearch all() {
        return new TerritorySearch("", Sort.NAME, true);
    }
}
