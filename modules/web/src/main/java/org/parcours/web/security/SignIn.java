package org.parcours.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.parcours.application.audit.AuditTrail;
import org.parcours.domain.audit.AuditAction;
import org.parcours.infrastructure.operations.OperationalMetrics;
import org.parcours.web.shell.Feedback;

/** The sign-in page: checks the credentials and returns to the page the person asked for. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext securityContext;

    @Inject
    AuditTrail audit;

    @Inject
    OperationalMetrics metrics;

    @NotBlank
    @Size(max = 64)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(username, password)));
        switch (status) {
            case SUCCESS -> {
                // A new session id at sign-in, so that an id planted before cannot be reused.
                request.changeSessionId();
                audit.security(username, AuditAction.SIGN_IN, "local", null);
                metrics.signedIn();
                Object returnTo = external.getSessionMap().remove(ParcoursAuthentication.RETURN_TO);
                String target = returnTo instanceof String path && path.startsWith("/") && !path.startsWith("//")
                        ? path : "/index.xhtml";
                external.redirect(external.getRequestContextPath() + target);
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                audit.security(username, AuditAction.SIGN_IN_FAILED, "local", null);
                metrics.signInFailed();
                Feedback.error("signIn.failed");
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
