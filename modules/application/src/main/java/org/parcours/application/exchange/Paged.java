package org.parcours.application.exchange;

import java.io.Serializable;
import java.util.List;

/** One page of a list, with the total count to page through it. */
public class Paged<T extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<T> items;
    private final long total;
    private final int page;
    private final int pageSize;

    public Paged(List<T> items, long total, int page, int pageSize) {
        this.items = List.copyOf(items);
        this.total = total;
        this.page = page;
        this.pageSize = pageSize;
    }

    public List<T> getItems() { return items; }
    public long getTotal() { return total; }
    public int getPage() { return page; }
    public boolean isHasPrevious() { return page > 0; }
    public boolean isHasNext() { return (long) (page + 1) * pageSize < total; }
}
