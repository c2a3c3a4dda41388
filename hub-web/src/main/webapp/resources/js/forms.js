/*
 * Forms: after a save that found errors, the error summary takes the focus, so a screen reader reads it
 * and a keyboard user starts from the list of links to the fields. The forms work without this script.
 */
(function () {
  'use strict';
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
})();
