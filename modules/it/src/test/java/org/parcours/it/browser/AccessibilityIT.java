package org.parcours.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.parcours.it.Deployments;
import org.parcours.it.TestData;

/**
 * Every page passes axe-core's WCAG 2.1 AA scan with no serious or critical violation. The pages to
 * scan are listed here with the address that shows them at their fullest; a page of the WAR missing
 * from the list fails the test, so a new page cannot escape the scan.
 */
class AccessibilityIT extends BrowserIT {

    @Test
    void every_page_passes_the_accessibility_scan() throws Exception {
        open("login.xhtml");
        assertAccessible("the sign-in page");
        open("accessibility.xhtml");
        assertAccessible("the accessibility statement");

        signIn("claire");
        String territory = firstId("territories/index.xhtml", "territories/view.xhtml");
        String cohort = firstId("cohorts/index.xhtml", "cohorts/view.xhtml");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index.xhtml", "index.xhtml");
        pages.put("territories/index.xhtml", "territories/index.xhtml");
        pages.put("territories/view.xhtml", "territories/view.xhtml?id=" + territory);
        pages.put("territories/edit.xhtml", "territories/edit.xhtml?id=" + territory);
        pages.put("cohorts/index.xhtml", "cohorts/index.xhtml");
        pages.put("cohorts/view.xhtml", "cohorts/view.xhtml?id=" + cohort);
        pages.put("cohorts/edit.xhtml", "cohorts/edit.xhtml?id=" + cohort);
        long workshop = TestData.demoSession("COLLECTIVE_WORKSHOP");
        long work = TestData.demoSession("INDIVIDUAL_WORK");
        pages.put("schedule/cohort.xhtml", "schedule/cohort.xhtml?id=" + TestData.demoCohort());
        pages.put("schedule/session.xhtml", "schedule/session.xhtml?id=" + workshop);
        pages.put("schedule/edit.xhtml", "schedule/edit.xhtml?id=" + workshop);
        pages.put("schedule/attendance.xhtml", "schedule/attendance.xhtml?session=" + workshop);
        pages.put("schedule/calendar.xhtml", "schedule/calendar.xhtml?territory=" + TestData.territory("Redon"));
        pages.put("schedule/checkin.xhtml", "schedule/checkin.xhtml");
        pages.put("schedule/programmes.xhtml", "schedule/programmes.xhtml");
        pages.put("schedule/programme.xhtml", "schedule/programme.xhtml?id=" + TestData.programme());
        pages.put("work/assignment.xhtml", "work/assignment.xhtml?session=" + work);
        long demo = TestData.demoCohort();
        pages.put("codev/index.xhtml", "codev/index.xhtml?cohort=" + demo);
        pages.put("codev/group.xhtml", "codev/group.xhtml?id=" + TestData.codevGroup());
        pages.put("codev/session.xhtml", "codev/session.xhtml?id=" + TestData.codevSession());
        pages.put("codev/edit.xhtml", "codev/edit.xhtml?cohort=" + demo);
        pages.put("visits/index.xhtml", "visits/index.xhtml?cohort=" + demo);
        pages.put("visits/view.xhtml", "visits/view.xhtml?id=" + TestData.visit());
        pages.put("visits/edit.xhtml", "visits/edit.xhtml?cohort=" + demo);
        pages.put("speaking/index.xhtml", "speaking/index.xhtml?cohort=" + demo);
        pages.put("speaking/view.xhtml", "speaking/view.xhtml?id=" + TestData.testimony());
        pages.put("kit/index.xhtml", "kit/index.xhtml");
        pages.put("kit/view.xhtml", "kit/view.xhtml?id=" + TestData.resource());
        pages.put("kit/edit.xhtml", "kit/edit.xhtml?id=" + TestData.resource());
        pages.put("evaluation/index.xhtml", "evaluation/index.xhtml?cohort=" + demo);
        pages.put("evaluation/session.xhtml", "evaluation/session.xhtml?id=" + workshop);
        pages.put("evaluation/assessment.xhtml", "evaluation/assessment.xhtml?cohort=" + demo + "&territory="
                + TestData.territory("Redon") + "&round=MID");
        pages.put("evaluation/grid.xhtml", "evaluation/grid.xhtml?cohort=" + demo);
        pages.put("evaluation/results.xhtml", "evaluation/results.xhtml?cohort=" + demo);
        pages.put("exchange/index.xhtml", "exchange/index.xhtml?cohort=" + demo);
        pages.put("exchange/thread.xhtml", "exchange/thread.xhtml?id=" + TestData.exchangeThread());
        pages.put("exchange/preferences.xhtml", "exchange/preferences.xhtml");
        pages.put("directory/index.xhtml", "directory/index.xhtml");
        pages.put("directory/profile.xhtml", "directory/profile.xhtml");
        pages.put("me/data.xhtml", "me/data.xhtml");
        pages.put("logbook/index.xhtml", "logbook/index.xhtml?cohort=" + demo);
        pages.put("logbook/issue.xhtml", "logbook/issue.xhtml?id=" + TestData.logbook());
        pages.put("logbook/edit.xhtml", "logbook/edit.xhtml?id=" + TestData.logbookDraft());
        pages.put("monitoring/index.xhtml", "monitoring/index.xhtml");
        pages.put("monitoring/cohort.xhtml", "monitoring/cohort.xhtml?id=" + demo);
        pages.put("monitoring/territory.xhtml", "monitoring/territory.xhtml?id=" + TestData.territory("Redon"));

        for (Map.Entry<String, String> page : pages.entrySet()) {
            open(page.getValue());
            assertAccessible(page.getKey());
        }
        open("territories/edit.xhtml");
        assertAccessible("the new territory form");

        // The administration pages, as an admin.
        driver.manage().deleteAllCookies();
        signIn("admin");
        String person = firstId("admin/people.xhtml", "admin/person.xhtml");
        Map<String, String> adminPages = new LinkedHashMap<>();
        adminPages.put("admin/people.xhtml", "admin/people.xhtml");
        adminPages.put("admin/person.xhtml", "admin/person.xhtml?id=" + person);
        adminPages.put("admin/audit.xhtml", "admin/audit.xhtml");
        adminPages.put("admin/erase.xhtml", "admin/erase.xhtml?id=" + TestData.person("paul"));
        for (Map.Entry<String, String> page : adminPages.entrySet()) {
            open(page.getValue());
            assertAccessible(page.getKey());
        }

        List<String> scanned = new ArrayList<>(List.of("login.xhtml", "accessibility.xhtml"));
        scanned.addAll(pages.keySet());
        scanned.addAll(adminPages.keySet());
        assertThat(scanned).as("pages of the WAR scanned").containsAll(Deployments.pages());
        open("territories/view.xhtml?id=999999");
        assertAccessible("the page-not-found page");
    }

    /** The id in the first link to a detail page found on a list page. */
    private String firstId(String list, String detail) {
        open(list);
        String href = driver.findElement(By.cssSelector("a[href*='" + detail + "']")).getAttribute("href");
        Matcher id = Pattern.compile("id=(\\d+)").matcher(href);
        assertThat(id.find()).as(href).isTrue();
        return id.group(1);
    }
}
