package org.parcours.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.person.Person;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.visit.Theme;
import org.parcours.domain.work.Attachment;
import org.parcours.domain.work.FileType;

class ResourceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Attachment PDF = new Attachment("abc", "guide.pdf", FileType.PDF, 100);

    static ResourceContent content(ResourceNature nature, ResourceType type, String url) {
        return new ResourceContent(nature, type, "Référentiel", "Les enjeux de la co-construction", "Le RAMEAU",
                2016, PathPhase.NEEDS, Set.of(Theme.HYBRID_MODELS), "Co-construction; MOOC, mooc", url);
    }

    @Test
    void a_link_keeps_its_address_and_normalised_tags() {
        Resource r = Resource.publish(content(ResourceNature.FRAMEWORK, ResourceType.LINK, "https://example.org/r"),
                null, "claire", NOW);
        assertThat(r.getStatus()).isEqualTo(ResourceStatus.APPROVED);
        assertThat(r.getUrl()).isEqualTo("https://example.org/r");
        assertThat(r.getTags()).isEqualTo("co-construction, mooc");
        assertThat(r.getThemes()).containsExactly(Theme.HYBRID_MODELS);
    }

    @Test
    void a_mooc_belongs_to_the_method() {
        assertThatThrownBy(() -> Resource.publish(content(ResourceNature.TOOLBOX, ResourceType.MOOC,
                "https://example.org/mooc"), null, "claire", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey())
                        .isEqualTo("resource.type.moocIsMethod"));
        assertThat(Resource.publish(content(ResourceNature.METHOD, ResourceType.MOOC, "https://example.org/mooc"),
                null, "claire", NOW).getType()).isEqualTo(ResourceType.MOOC);
    }

    @Test
    void a_document_needs_a_file_and_no_address_and_a_link_needs_a_safe_address_and_no_file() {
        assertThatThrownBy(() -> Resource.publish(content(ResourceNature.TOOLBOX, ResourceType.DOCUMENT, null),
                null, "claire", NOW)).hasMessageContaining("resource.file.required");
        assertThatThrownBy(() -> Resource.publish(content(ResourceNature.TOOLBOX, ResourceType.DOCUMENT,
                "https://example.org"), PDF, "claire", NOW)).hasMessageContaining("resource.url.notForDocument");
        assertThatThrownBy(() -> Resource.publish(content(ResourceNature.TOOLBOX, ResourceType.VIDEO,
                "javascript:alert(1)"), null, "claire", NOW)).hasMessageContaining("link.invalid");
        assertThatThrownBy(() -> Resource.publish(content(ResourceNature.TOOLBOX, ResourceType.LINK,
                "https://example.org"), PDF, "claire", NOW)).hasMessageContaining("resource.file.onlyDocument");
        Resource doc = Resource.publish(content(ResourceNature.TOOLBOX, ResourceType.DOCUMENT, ""), PDF, "claire", NOW);
        assertThat(doc.getFile().getFileName()).isEqualTo("guide.pdf");
        assertThat(doc.getUrl()).isNull();
        // Revising a document without a new file keeps its file.
        doc.revise(content(ResourceNature.TOOLBOX, ResourceType.DOCUMENT, null), null);
        assertThat(doc.getFile()).isSameAs(PDF);
    }

    @Test
    void title_summary_author_and_a_plausible_year_are_required() {
        ResourceContent noTitle = new ResourceContent(ResourceNature.METHOD, ResourceType.LINK, " ", "s", "a", 2015,
                null, Set.of(), null, "https://example.org");
        assertThatThrownBy(() -> Resource.publish(noTitle, null, "claire", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("title"));
        ResourceContent noAuthor = new ResourceContent(ResourceNature.METHOD, ResourceType.LINK, "t", "s", null, 2015,
                null, Set.of(), null, "https://example.org");
        assertThatThrownBy(() -> Resource.publish(noAuthor, null, "claire", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("author"));
        ResourceContent oddYear = new ResourceContent(ResourceNature.METHOD, ResourceType.LINK, "t", "s", "a", 215,
                null, Set.of(), null, "https://example.org");
        assertThatThrownBy(() -> Resource.publish(oddYear, null, "claire", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("year"));
        ResourceContent noNature = new ResourceContent(null, ResourceType.LINK, "t", "s", "a", 2015,
                null, Set.of(), null, "https://example.org");
        assertThatThrownBy(() -> Resource.publish(noNature, null, "claire", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("nature"));
    }

    @Test
    void too_many_tags_are_refused() {
        assertThatThrownBy(() -> Resource.normaliseTags("a,b,c,d,e,f,g,h,i,j,k"))
                .hasMessageContaining("resource.tags.tooMany");
        assertThat(Resource.normaliseTags(" , ; ")).isNull();
    }

    @Test
    void a_suggestion_is_hidden_until_approved_and_a_decline_says_why() {
        Person anne = new Person("anne", "Anne Rivière", EmailAddress.of("anne@redon.test", "email"));
        Resource suggested = Resource.suggest(content(ResourceNature.ILLUSTRATION, ResourceType.VIDEO,
                "https://example.org/film"), null, anne, NOW);
        assertThat(suggested.getStatus()).isEqualTo(ResourceStatus.SUGGESTED);
        assertThat(suggested.isVisibleTo(42L, false)).isFalse();
        assertThat(suggested.isVisibleTo(42L, true)).isTrue();
        assertThatThrownBy(() -> suggested.decline(" ", NOW)).hasMessageContaining("field.required");
        assertThatThrownBy(() -> suggested.withdraw(NOW)).hasMessageContaining("resource.status.notApproved");
        suggested.approve("Merci !", NOW);
        assertThat(suggested.isVisibleTo(42L, false)).isTrue();
        assertThat(suggested.getDecisionMessage()).isEqualTo("Merci !");
        assertThatThrownBy(() -> suggested.approve(null, NOW)).hasMessageContaining("resource.status.notSuggested");
        suggested.withdraw(NOW);
        assertThat(suggested.isVisibleTo(42L, false)).isFalse();

        Resource declined = Resource.suggest(content(ResourceNature.ILLUSTRATION, ResourceType.VIDEO,
                "https://example.org/film"), null, anne, NOW);
        declined.decline("Déjà dans le centre", NOW);
        assertThat(declined.getStatus()).isEqualTo(ResourceStatus.DECLINED);
        assertThat(declined.isVisibleTo(42L, false)).isFalse();
    }

    @Test
    void marks_apply_to_approved_resources_and_keep_the_first_reading() {
        Person anne = new Person("anne", "Anne Rivière", EmailAddress.of("anne@redon.test", "email"));
        Resource suggested = Resource.suggest(content(ResourceNature.ILLUSTRATION, ResourceType.VIDEO,
                "https://example.org/film"), null, anne, NOW);
        assertThatThrownBy(() -> new ResourceMark(suggested, anne)).hasMessageContaining("resource.mark.notApproved");
        suggested.approve(null, NOW);
        ResourceMark mark = new ResourceMark(suggested, anne);
        assertThat(mark.isRead()).isFalse();
        mark.markRead(true, NOW);
        mark.markRead(true, NOW.plusSeconds(60));
        assertThat(mark.getReadAt()).isEqualTo(NOW);
        mark.markUseful(true);
        assertThat(mark.isUseful()).isTrue();
        mark.markRead(false, NOW);
        assertThat(mark.isRead()).isFalse();
        assertThat(mark.isUseful()).isTrue();
    }
}
