package org.parcours.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' file upload, with its plain file input left visible to assistive technologies.
 * PrimeFaces marks the input {@code aria-hidden} even when it is the visible control (simple mode
 * without skinning), which hides a focusable field from screen readers (WCAG 4.1.2).
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload upload, String clientId, String style,
            String styleClass) throws IOException {
        if (upload.isSkinSimple()) {
            super.encodeSimpleInputField(context, upload, clientId, style, styleClass);
            return;
        }
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(original) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"aria-hidden".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeSimpleInputField(context, upload, clientId, style, styleClass);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
