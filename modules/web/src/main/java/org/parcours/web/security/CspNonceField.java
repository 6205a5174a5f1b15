package org.parcours.web.security;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import java.util.EnumSet;
import org.primefaces.context.PrimeFacesContext;

/**
 * Lets every form post without JavaScript under PrimeFaces' CSP mode. PrimeFaces' script sends the
 * page's nonce with each post and refuses a postback without it ("CSP nonce mismatch"); this adds
 * the same nonce as a hidden field to every form before the page is rendered, so that a plain form
 * post (a browser without JavaScript, assistive tools) is accepted too. The nonce is in the page
 * already; it protects nothing once rendered, it only ties the post to its page's policy.
 */
public class CspNonceField implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIViewRoot root = (UIViewRoot) event.getSource();
        // Without iterating the rows of data tables and repeats: a form is one component however many
        // rows render it, and iterating loaded each table's rows a second time on every page.
        VisitContext visit = VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_ITERATION));
        root.visitTree(visit, (context, component) -> {
            if (component instanceof UIForm form
                    && form.getChildren().stream().noneMatch(NonceInput.class::isInstance)) {
                NonceInput input = new NonceInput();
                input.setTransient(true);
                form.getChildren().add(input);
            }
            return VisitResult.ACCEPT;
        });
    }

    /** Renders {@code <input type="hidden" name="primefaces.nonce">} with the response's nonce. */
    public static class NonceInput extends UIComponentBase {

        @Override
        public String getFamily() {
            return "org.parcours.CspNonce";
        }

        @Override
        public void encodeBegin(FacesContext context) throws IOException {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", this);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", "primefaces.nonce", null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
        }
    }
}
