// The handout's print button. A file, not an onclick attribute: the pages' Content Security Policy
// runs scripts from the hub's own files only.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('print-button');
  if (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  }
});
