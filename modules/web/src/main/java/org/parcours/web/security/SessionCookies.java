package org.parcours.web.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie: HttpOnly and SameSite=Lax (web.xml), and Secure when Parcours is served over
 * HTTPS (PARCOURS_SECURE_COOKIES=true, or a PARCOURS_BASE_URL starting with https). Set at start-up
 * because web.xml cannot read the configuration.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SecuritySettings settings = CDI.current().select(SecuritySettings.class).get();
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(settings.isSecureCookies());
    }
}
