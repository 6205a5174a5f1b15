package org.parcours.web.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.audit.AuditTrail;
import org.parcours.domain.audit.AuditAction;
import org.parcours.domain.RuleViolation;
import org.parcours.infrastructure.persistence.DatabaseFailures;

/** Every error of the API as problem+json. */
public final class ApiExceptionMappers {

    private ApiExceptionMappers() {
    }

    /** Errors the API raises on purpose (400, 404, 405, 406...), with their own message. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
            return Problem.response(status, detail);
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDenied> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(AccessDenied e) {
            // Looked up rather than injected: providers are not always CDI beans under Jersey.
            CDI.current().select(AuditTrail.class).get().security(request.getRemoteUser(), AuditAction.ACCESS_DENIED, request.getRequestURI(), e.getMessage());
            return Problem.response(Response.Status.FORBIDDEN, "You may not do this.");
        }
    }

    @Provider
    public static class Rule implements ExceptionMapper<RuleViolation> {
        @Override
        public Response toResponse(RuleViolation e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    /** Anything unexpected: logged in full, answered without internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Exception e) {
            if (DatabaseFailures.isUnavailable(e)) {
                LOG.warning(() -> "Database unavailable: " + e);
                Response problem = Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                        "The database cannot be reached at the moment; nothing was changed. Try again shortly.");
                return Response.fromResponse(problem).header("Retry-After", "10").build();
            }
            LOG.log(Level.SEVERE, "Unexpected error in the API", e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side; it has been logged.");
        }
    }
}
