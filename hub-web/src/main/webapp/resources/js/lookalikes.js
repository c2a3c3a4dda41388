/*
 * "Det här liknar …" as the author writes (WEB-INF/templates/lookalikes.xhtml). When title and lead both have
 * text, a change or leaving one of the compared boxes asks the server, after a short pause, through a Faces Ajax
 * request that presses the "compare" button: the boxes named in data-fields are sent, and only the warning is
 * rendered again, inside the polite live region. The same text is not asked about twice. Without this script the
 * button posts the form, and publishing stops once to show what the text resembles.
 */
(function () {
  'use strict';
  var region = document.getElementById('lookalikes');
  var button = document.getElementById('lookalikes-check');
  if (!region || !button || typeof faces === 'undefined' || !faces.ajax) {
    return;
  }
  var PAUSE_MS = 700;
  var ids = (region.getAttribute('data-fields') || 'title lead').split(/\s+/);
  var boxes = ids.map(function (id) { return document.getElementById(id); }).filter(function (box) { return box; });
  var title = document.getElementById('title');
  var lead = document.getElementById('lead');
  var timer = null;
  var asked = null;

  function written(box) {
    return box && box.value.trim().length > 0;
  }

  function text() {
    return boxes.map(function (box) { return box.value.trim(); }).join('\u0000');
  }

  function ask(force) {
    timer = null;
    if (!written(title) || !written(lead)) {
      return;
    }
    var now = text();
    if (!force && now === asked) {
      return;
    }
    asked = now;
    // Without an event, Mojarra's button only runs its action when the request names the "action" behaviour
    // event; otherwise the request runs, renders the warning unchanged and the comparison is never made.
    faces.ajax.request(button, null, {
      execute: boxes.map(function (box) { return box.id; }).join(' '),
      render: 'lookalikes-result',
      'jakarta.faces.behavior.event': 'action'
    });
  }

  function soon() {
    if (timer) {
      window.clearTimeout(timer);
    }
    timer = window.setTimeout(function () { ask(false); }, PAUSE_MS);
  }

  boxes.forEach(function (box) {
    box.addEventListener('change', soon);
    box.addEventListener('blur', soon);
  });
  button.addEventListener('click', function (event) {
    event.preventDefault();
    ask(true);
  });
})();
