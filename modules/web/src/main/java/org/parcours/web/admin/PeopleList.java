package org.parcours.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.parcours.application.person.PeopleAdministration;
import org.parcours.domain.person.Person;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The people who sign in: searched by username, name or email, one page at a time. */
@Named
@ViewScoped
public class PeopleList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PeopleAdministration administration;

    private String text;

    private final LazyDataModel<Person> people = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) administration.count(text);
        }

        @Override
        public List<Person> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return administration.search(text, first, pageSize);
        }

        @Override
        public String getRowKey(Person person) {
            return String.valueOf(person.getId());
        }

        @Override
        public Person getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<Person> getPeople() {
        return people;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
