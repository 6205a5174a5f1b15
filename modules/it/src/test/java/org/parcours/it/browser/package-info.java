/**
 * The browser suite ({@code ./mvnw verify -Pbrowser}): journeys in headless Chromium (Debian's
 * chromium and chromium-driver, driven by Selenium) and an axe-core accessibility scan of every page.
 * Without Chromium the suite fails and says how to install it; it never skips silently. On failure a
 * test leaves a screenshot and the page source in {@code target/browser-failures}.
 */
package org.parcours.it.browser;
