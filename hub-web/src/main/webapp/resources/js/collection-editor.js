/*
 * The collections editor (skriv/samling.xhtml), as an enhancement: the items of a theme can be dragged into a
 * new order. Dropping only moves the row and writes each row's new place into its hidden position box; the
 * server takes that order with the next press of any button, so saving keeps it. The Move up and Move down
 * buttons do the same without this script. Enter in the search box searches instead of saving.
 */
(function () {
  'use strict';
  var form = document.getElementById('collection-form');
  if (!form) {
    return;
  }
  var status = document.getElementById('drag-status');
  var dragged = null;

  function renumber(list) {
    var rows = list.querySelectorAll(':scope > li.collection-item');
    for (var i = 0; i < rows.length; i++) {
      var position = rows[i].querySelector('input[type="hidden"][id$=":itemPosition"]');
      if (position) {
        position.value = String(i);
      }
    }
  }

  function rowAfter(list, y) {
    var rows = list.querySelectorAll(':scope > li.collection-item:not(.dragging)');
    for (var i = 0; i < rows.length; i++) {
      var box = rows[i].getBoundingClientRect();
      if (y < box.top + box.height / 2) {
        return rows[i];
      }
    }
    return null;
  }

  Array.prototype.forEach.call(form.querySelectorAll('ol.collection-items'), function (list) {
    Array.prototype.forEach.call(list.querySelectorAll(':scope > li.collection-item'), function (row) {
      row.setAttribute('draggable', 'true');
      row.addEventListener('dragstart', function (event) {
        // Dragging starts on the row, not when selecting text in its note.
        if (event.target !== row) {
          return;
        }
        dragged = row;
        row.classList.add('dragging');
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', '');
      });
      row.addEventListener('dragend', function () {
        // Also when the drop fell outside the list: the rows stay where the drag left them, so their boxes follow.
        renumber(list);
        row.classList.remove('dragging');
        dragged = null;
      });
    });
    list.addEventListener('dragover', function (event) {
      // Items move within their own theme only.
      if (!dragged || dragged.parentNode !== list) {
        return;
      }
      event.preventDefault();
      var after = rowAfter(list, event.clientY);
      if (after !== dragged.nextSibling) {
        list.insertBefore(dragged, after);
      }
    });
    list.addEventListener('drop', function (event) {
      if (!dragged || dragged.parentNode !== list) {
        return;
      }
      event.preventDefault();
      renumber(list);
      if (status) {
        status.textContent = status.getAttribute('data-moved');
      }
    });
  });

  var search = document.getElementById('searchText');
  var searchButton = document.getElementById('search-button');
  if (search && searchButton) {
    search.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        searchButton.click();
      }
    });
  }
})();
