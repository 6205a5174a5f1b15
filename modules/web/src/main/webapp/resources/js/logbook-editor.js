/*
 * The rich-text editors of the logbook: PrimeFaces renders each as a role="textbox" container with no
 * name of its own; name it after the field's visible label, so that assistive technologies announce
 * which section is being written.
 */
(function () {
    function nameEditors() {
        document.querySelectorAll('.logbook-editor').forEach(function (field) {
            var label = field.querySelector('label');
            var box = field.querySelector('.ui-texteditor[role="textbox"]');
            if (label && box) {
                if (!label.id) {
                    label.id = box.id + '_label';
                }
                box.setAttribute('aria-labelledby', label.id);
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', nameEditors);
    } else {
        nameEditors();
    }
})();
