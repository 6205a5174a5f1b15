/*
 * Counts the running co-development step down on the page (the step itself only changes on the
 * server). A file, not an inline script, so that the Content-Security-Policy lets it run; it looks the
 * timer up at every tick because the runner redraws it with Ajax at each step.
 */
(function () {
    var shown = null, left = 0;
    function tick() {
        var timer = document.getElementById('timer');
        if (!timer) {
            shown = null;
            return;
        }
        if (timer !== shown) {
            shown = timer;
            left = parseInt(timer.getAttribute('data-seconds'), 10);
        }
        var abs = Math.abs(left);
        timer.textContent = (left < 0 ? '+' : '') + Math.floor(abs / 60) + ':' + ('0' + abs % 60).slice(-2);
        timer.classList.toggle('over', left < 0);
        left--;
    }
    tick();
    setInterval(tick, 1000);
})();
