package org.convene.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.programme.PublicPaths;
import org.convene.http.HttpFront;
import org.convene.http.HttpFrontConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/** The public pages in a real headless Chromium: links, screenshots, accessibility, keyboard, and hostile text. */
class BrowserPagesTest {

    private static final String HOSTILE = "<script>window.pwned=1</script>\"><img src=x onerror=\"window.pwned=2\">"
            + "</script><script>window.pwned=3</script>";

    private static Browser browser;
    private static HttpFront front;
    private static HttpFront hostileFront;

    @BeforeAll
    static void start() throws Exception {
        front = serve("Winter meetup");
        hostileFront = serve(HOSTILE);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (front != null) {
            front.stop();
        }
        if (hostileFront != null) {
            hostileFront.stop();
        }
    }

    private static HttpFront serve(String title) throws Exception {
        HttpFront started = new PublicPageRoutes(new FixedPageSource(title), new PageRenderer(), "http://127.0.0.1")
                .mount(new HttpFront(HttpFrontConfig.of("127.0.0.1", 0)));
        started.start();
        return started;
    }

    private static String address(HttpFront server, String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static List<String> pageTypes() {
        return List.of(PublicPaths.community(FixedPageSource.KEY),
                PublicPaths.group(FixedPageSource.KEY, "code4libnyc"),
                PublicPaths.event(FixedPageSource.KEY, FixedPageSource.UPCOMING),
                PublicPaths.event(FixedPageSource.KEY, FixedPageSource.CANCELLED),
                PublicPaths.embed(FixedPageSource.KEY));
    }

    @Test
    void followsCommunityToGroupToEventToCalendarFileWithScreenshotsAtPhoneAndDesktopWidth() throws Exception {
        ChromeDriver driver = browser.driver();
        driver.get(address(front, PublicPaths.community(FixedPageSource.KEY)));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Library Council");
        shoot("community");

        driver.findElement(By.linkText("Code4Lib NYC")).click();
        assertThat(driver.getCurrentUrl()).contains("/g/code4libnyc");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Code4Lib NYC");
        shoot("group");

        driver.findElement(By.linkText("Winter meetup")).click();
        assertThat(driver.getCurrentUrl()).contains("/e/41");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Winter meetup");
        assertThat(driver.findElement(By.cssSelector("time[data-local]")).getText())
                .isEqualTo("Thu, Dec 3, 2026, 6:00 PM EST");
        assertThat(driver.findElement(By.cssSelector(".local")).getText()).contains("your time");
        assertThat(driver.findElement(By.linkText("Answer in Discord")).getAttribute("href"))
                .isEqualTo("https://discord.com/channels/81384788765712384/81384788765712385");
        assertThat(driver.findElement(By.linkText("Answer in Slack")).getAttribute("href"))
                .isEqualTo("https://slack.com/app_redirect?team=T012AB3C4&channel=C0123456");
        shoot("event");

        String calendarAddress = driver.findElement(By.linkText("Add to calendar")).getAttribute("href");
        HttpResponse<String> calendar = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                calendarAddress)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(calendar.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/calendar"));
        assertThat(calendar.body()).contains("BEGIN:VEVENT");

        driver.get(address(front, PublicPaths.embed(FixedPageSource.KEY)));
        assertThat(driver.findElements(By.cssSelector(".events a"))).hasSize(2);
        shoot("embed");
    }

    private static void shoot(String name) throws Exception {
        for (int width : new int[] {390, 1280}) {
            assertThat(Files.size(browser.screenshot(name, width))).isPositive();
            Object overflow = browser.driver().executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(overflow).as(name + " scrolls sideways at " + width + " px").isEqualTo(false);
        }
    }

    @Test
    void everyPageTypeHasNoWcag21AaViolations() {
        ChromeDriver driver = browser.driver();
        for (String path : pageTypes()) {
            driver.get(address(front, path));
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(driver);
            List<String> violations = new ArrayList<>();
            for (Rule rule : results.getViolations()) {
                violations.add(rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> node.getHtml()).toList());
            }
            assertThat(results.isErrored()).as(path + " axe error").isFalse();
            assertThat(violations).as(path).isEmpty();
            assertThat(results.getPasses()).as(path + " axe ran its rules").isNotEmpty();
        }
    }

    @Test
    void tabReachesEveryLinkInOrderOnEveryPageType() {
        ChromeDriver driver = browser.driver();
        for (String path : pageTypes()) {
            driver.get(address(front, path));
            List<WebElement> links = driver.findElements(By.tagName("a"));
            assertThat(links).as(path).isNotEmpty();
            List<WebElement> focused = new ArrayList<>();
            for (int press = 0; press < links.size(); press++) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
                focused.add(driver.switchTo().activeElement());
            }
            assertThat(focused).as(path).containsExactlyElementsOf(links);
        }
    }

    @Test
    void hostileTitlesRenderAsTextAndNoScriptOfTheirsRuns() {
        ChromeDriver driver = browser.driver();
        for (String path : pageTypes()) {
            driver.get(address(hostileFront, path));
            JavascriptExecutor script = driver;
            assertThat(script.executeScript("return typeof window.pwned")).as(path).isEqualTo("undefined");
            assertThat(driver.findElements(By.cssSelector("img"))).as(path).isEmpty();
            assertThat(driver.findElement(By.tagName("body")).getText()).as(path).contains(HOSTILE.substring(0, 30));
        }
        driver.get(address(hostileFront, PublicPaths.event(FixedPageSource.KEY, FixedPageSource.UPCOMING)));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE);
        Object jsonLd = driver.executeScript(
                "return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent).name");
        assertThat(jsonLd).isEqualTo(HOSTILE);
        assertThat(driver.findElements(By.cssSelector("script"))).hasSize(2);
    }
}
