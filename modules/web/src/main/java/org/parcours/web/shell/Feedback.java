package org.parcours.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.parcours.application.access.AccessDenied;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;

/**
 * Turns rule violations, constraint violations and outcomes into translated messages, shown next to
 * the field they concern (which is marked invalid for assistive technologies).
 */
public final class Feedback {

    private static final String BUNDLE = "org.parcours.web.i18n.messages";
    private static final String VALIDATION_BUNDLE = "ValidationMessages";
    /** Request attribute set when an edit was refused because someone else saved first. */
    public static final String STALE_EDIT = "parcoursStaleEdit";

    private Feedback() {
    }

    /** Shows a rule violation next to its field in the form (e.g. "members.2.email" -> "form:members:2:email"). */
    public static void show(RuleViolation violation, String formId) {
        if (violation instanceof StaleEditException) {
            // Lets the form offer to reload the saved version (WEB-INF/templates/stale-edit.xhtml).
            FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(STALE_EDIT, Boolean.TRUE);
        }
        mark(formId, violation.field(), text(violation.messageKey(), violation.arguments()));
    }

    /** Shows what the service's parameter validation refused, field by field. */
    public static void show(ConstraintViolationException exception, String formId) {
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            mark(formId, field(violation.getPropertyPath()), translate(violation));
        }
    }

    /**
     * Runs a form's action and returns where to go next; a refused change (rule or constraint
     * violation, or access denied) is shown in the form instead, and the page stays.
     */
    public static String attempt(String formId, Supplier<String> action) {
        try {
            return action.get();
        } catch (RuleViolation violation) {
            show(violation, formId);
        } catch (ConstraintViolationException violations) {
            show(violations, formId);
        } catch (AccessDenied denied) {
            // e.g. the person lost the facilitator role while the form was open
            error("error.403.text");
        }
        return null;
    }

    public static void info(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The translated text of a message key in the page's language. */
    public static String text(String key, Object... arguments) {
        ResourceBundle bundle = bundle(BUNDLE);
        try {
            return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
        }
    }

    private static void mark(String formId, String field, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
        String clientId = field == null ? null : formId + ":" + field.replace('.', ':');
        // invokeOnComponent positions tables on the right row, so a row's field can be marked too.
        boolean found = clientId != null && faces.getViewRoot().invokeOnComponent(faces, clientId,
                (context, component) -> {
                    if (component instanceof UIInput input) {
                        input.setValid(false);
                    }
                });
        faces.addMessage(found ? clientId : null, message);
        faces.validationFailed();
    }

    /** "register.form.members[2].email" -> "members.2.email": the path inside the method's parameter. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        boolean inParameter = false;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                inParameter = true;
                continue;
            }
            if (!inParameter || node.getKind() != ElementKind.PROPERTY) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('.').append(node.getIndex());
            }
            field.append(field.length() == 0 ? "" : ".").append(node.getName());
        }
        return field.length() == 0 ? null : field.toString();
    }

    /** Interpolates the constraint's message again in the page's language (the server's may differ). */
    private static String translate(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template == null || !template.startsWith("{") || !template.endsWith("}")) {
            return violation.getMessage();
        }
        try {
            String text = bundle(VALIDATION_BUNDLE).getString(template.substring(1, template.length() - 1));
            for (Map.Entry<String, Object> attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
                text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
            }
            return text;
        } catch (MissingResourceException e) {
            return violation.getMessage();
        }
    }

    private static ResourceBundle bundle(String name) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() == null ? Locale.FRENCH : faces.getViewRoot().getLocale();
        return ResourceBundle.getBundle(name, locale, Thread.currentThread().getContextClassLoader());
    }
}
