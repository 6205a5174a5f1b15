package org.parcours.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.parcours.application.audit.AuditTrail;
import org.parcours.domain.audit.AuditAction;

/** Signs out: ends the application session and goes back to the sign-in page. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    AuditTrail audit;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        audit.security(request.getRemoteUser(), AuditAction.SIGN_OUT, null, null);
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
