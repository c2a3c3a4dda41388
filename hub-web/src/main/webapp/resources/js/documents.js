/*
 * Documents in the browser (WEB-INF/tags/documents.xhtml). Without this script the chosen files go with the
 * form. With it:
 *   - files are chosen with the file input or dropped on the drop zone; "Ladda upp" sends each file on its
 *     own to the API (POST …/initiatives/{id}/documents, the name in the Slug header), with a progress bar
 *     per file;
 *   - then each new document's reading status is asked for until it is done (pending → readable,
 *     encrypted or failed with the reason), and so is every document listed as pending;
 *   - every step is said in the live region (#upload-status), politely.
 * The page's texts come from data attributes, so the script holds no words of its own.
 */
(function () {
  'use strict';

  var form = document.getElementById('documents-form');
  if (!form) {
    return;
  }
  var live = document.getElementById('upload-status');
  var input = document.getElementById('files');
  var uploads = document.getElementById('uploads');
  var dropZone = document.getElementById('drop-zone');
  var button = document.getElementById('upload-button');
  var api = form.getAttribute('data-api');
  var uploadUrl = form.getAttribute('data-upload-url');
  var maxBytes = parseInt(form.getAttribute('data-max-bytes'), 10) || 0;
  var POLL_MS = 1500;
  var POLL_LIMIT = 120;

  function text(name, values) {
    var pattern = (live && live.getAttribute('data-' + name)) || '';
    return pattern.replace(/\{(\d)\}/g, function (all, index) {
      return values && values[index] !== undefined ? values[index] : '';
    });
  }

  function say(message) {
    if (live) {
      live.textContent = message;
    }
  }

  function statusWord(status) {
    return text(status === 'failed' ? 'status-failed' : status) || status;
  }

  /* Follows one document's status until the hub has read it. */
  function follow(id, show, name) {
    var asked = 0;
    function ask() {
      asked += 1;
      var request = new XMLHttpRequest();
      request.open('GET', api + id);
      request.setRequestHeader('Accept', 'application/json');
      request.onload = function () {
        if (request.status !== 200) {
          return;
        }
        var view = JSON.parse(request.responseText);
        if (view.status === 'pending') {
          if (asked < POLL_LIMIT) {
            window.setTimeout(ask, POLL_MS);
          }
          return;
        }
        show(view);
        say(name + ': ' + statusWord(view.status) + (view.statusMessage ? ' – ' + view.statusMessage : ''));
      };
      request.send();
    }
    window.setTimeout(ask, POLL_MS);
  }

  /* Documents listed as pending when the page was made. */
  Array.prototype.forEach.call(form.querySelectorAll('li.document[data-status="pending"]'), function (item) {
    var label = item.querySelector('.document-status-label');
    var name = item.querySelector('.document-name a').textContent;
    follow(item.getAttribute('data-document-id'), function (view) {
      item.setAttribute('data-status', view.status);
      label.textContent = statusWord(view.status);
      label.className = 'document-status-label status-' + view.status;
      if (view.statusMessage && view.status !== 'ok') {
        var reason = document.createElement('span');
        reason.className = 'document-reason';
        reason.textContent = ' – ' + view.statusMessage;
        label.parentNode.appendChild(reason);
      }
    }, name);
  });

  if (!input || !uploadUrl) {
    return;
  }

  function errorMessage(request) {
    try {
      return JSON.parse(request.responseText).message || '';
    } catch (notJson) {
      return request.statusText || '';
    }
  }

  /* One file: a row with its name, a progress bar and a status line. */
  function send(file) {
    var row = document.createElement('li');
    row.className = 'upload';
    var name = document.createElement('span');
    name.className = 'upload-name';
    name.textContent = file.name;
    var bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute('aria-label', text('progress', [file.name, 0]));
    var state = document.createElement('span');
    state.className = 'upload-state';
    state.textContent = text('uploading', [file.name]);
    row.appendChild(name);
    row.appendChild(bar);
    row.appendChild(state);
    uploads.appendChild(row);

    if (maxBytes && file.size > maxBytes) {
      bar.remove();
      state.textContent = text('too-large', [file.name]);
      row.className = 'upload upload-failed';
      say(state.textContent);
      return;
    }
    say(text('uploading', [file.name]));
    var request = new XMLHttpRequest();
    request.open('POST', uploadUrl);
    request.setRequestHeader('Slug', encodeURIComponent(file.name));
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    request.setRequestHeader('Accept', 'application/json');
    var lastSaid = 0;
    request.upload.onprogress = function (event) {
      if (!event.lengthComputable) {
        return;
      }
      var percent = Math.round(100 * event.loaded / event.total);
      bar.value = percent;
      bar.setAttribute('aria-label', text('progress', [file.name, percent]));
      // Said at each quarter only: a screen reader should not read every step.
      if (percent - lastSaid >= 25 && percent < 100) {
        lastSaid = percent;
        say(text('progress', [file.name, percent]));
      }
    };
    request.onload = function () {
      if (request.status === 201) {
        var view = JSON.parse(request.responseText);
        bar.value = 100;
        state.textContent = text('uploaded', [file.name]);
        row.setAttribute('data-document-id', view.id);
        say(state.textContent);
        follow(view.id, function (done) {
          state.textContent = file.name + ': ' + statusWord(done.status)
              + (done.statusMessage && done.status !== 'ok' ? ' – ' + done.statusMessage : '');
          row.className = 'upload upload-' + done.status;
        }, file.name);
      } else {
        bar.remove();
        row.className = 'upload upload-failed';
        state.textContent = text('failed', [file.name, errorMessage(request)]);
        say(state.textContent);
      }
    };
    request.onerror = function () {
      bar.remove();
      row.className = 'upload upload-failed';
      state.textContent = text('failed', [file.name, '']);
      say(state.textContent);
    };
    request.send(file);
  }

  function sendAll(files) {
    Array.prototype.forEach.call(files, send);
  }

  button.addEventListener('click', function (event) {
    if (input.files && input.files.length > 0) {
      event.preventDefault();
      sendAll(input.files);
      input.value = '';
    }
  });

  if (dropZone) {
    var hint = document.getElementById('drop-hint');
    if (hint) {
      hint.hidden = false;
    }
    dropZone.addEventListener('dragover', function (event) {
      event.preventDefault();
      dropZone.classList.add('drop-zone-active');
    });
    dropZone.addEventListener('dragleave', function () {
      dropZone.classList.remove('drop-zone-active');
    });
    dropZone.addEventListener('drop', function (event) {
      event.preventDefault();
      dropZone.classList.remove('drop-zone-active');
      if (event.dataTransfer && event.dataTransfer.files.length > 0) {
        sendAll(event.dataTransfer.files);
      }
    });
  }
})();
