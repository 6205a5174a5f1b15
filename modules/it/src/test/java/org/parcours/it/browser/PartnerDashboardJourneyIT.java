package org.parcours.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parcours.it.TestData;

/**
 * A partner in a browser: opens the progress dashboard from the menu (figures, chart), narrows it to a
 * territory and drills down to that territory's progress, exports the territories' table (the file is
 * downloaded with the browser's session and read back), and still cannot read what a co-development
 * session said.
 */
class PartnerDashboardJourneyIT extends BrowserIT {

    @Test
    void a_partner_watches_progress_drills_down_exports_and_never_reads_co_development_content() throws Exception {
        signIn("paul");
        menu("Suivi", "Suivi de la progression");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("cohorts")));
        assertThat(driver.findElement(By.id("cohorts")).getText()).contains("Parcours pilote co-construction territoriale");
        // The chart is drawn by the browser (a canvas described for screen readers), with its figures in a table.
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trendChart canvas[role='img']")));
        assertThat(driver.findElement(By.id("trend")).getText()).contains("%");
        assertAccessible("the progress dashboard with its chart");

        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("Redon");
        driver.findElement(By.id("filter")).click();
        waitFor().until(ExpectedConditions.urlContains("q=Redon"));
        String table = driver.findElement(By.id("table:territories")).getText();
        assertThat(table).contains("Pays de Redon").doesNotContain("Ville de Lens");

        driver.findElement(By.partialLinkText("Pays de Redon")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Pays de Redon");
        assertThat(driver.findElement(By.id("timeline")).getText()).containsAnyOf("Présent", "Absent");
        assertThat(driver.findElement(By.id("figures")).getText()).contains("Assiduité");

        driver.navigate().back();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("exportTerritoriesXlsx")));
        String href = driver.findElement(By.id("exportTerritoriesXlsx")).getAttribute("href");
        assertThat(href).contains("q=Redon");
        HttpResponse<byte[]> download = downloadWithTheBrowserSession(href);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Row redon = workbook.getSheetAt(0).getRow(1);
            assertThat(redon.getCell(1).getStringCellValue()).endsWith("Pays de Redon");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }

        long session = TestData.codevSessionWithSubject();
        String subject = TestData.codevSubject(session);
        open("codev/session.xhtml?id=" + session);
        assertThat(driver.findElement(By.tagName("main")).getText()).isNotBlank().doesNotContain(subject);
        open("api/codev/sessions/" + session + "/content");
        assertThat(driver.getPageSource()).contains("403").doesNotContain(subject);
    }

    /** Fetches a link as the browser would, with its session cookie (what a click on "Excel" downloads). */
    private static HttpResponse<byte[]> downloadWithTheBrowserSession(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

}
