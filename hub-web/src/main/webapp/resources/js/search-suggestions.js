/*
 * Suggestions in the search box: titles and organisations as one types, following the WAI-ARIA 1.2
 * combobox pattern with a list box popup ("list autocomplete": the typed text is not changed).
 *   - The input (role="combobox") keeps focus; aria-expanded tells whether the list is shown and
 *     aria-activedescendant which option is active. Down/Up move through the options, Enter opens the
 *     active one (or searches for the text when none is active), Escape closes the list (a second
 *     Escape empties the field), Tab closes it.
 *   - A polite live region says how many suggestions there are.
 * Without JavaScript, or when the API does not answer, the field is a plain search field.
 * Texts come from data attributes the page writes in the visitor's language.
 */
(function () {
  'use strict';

  var DELAY_MS = 150;
  var MIN_LENGTH = 2;

  function init(form) {
    var input = form.querySelector('[role="combobox"]');
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var status = document.getElementById('q-suggestions-status');
    var root = form.getAttribute('data-root') || '';
    var endpoint = form.getAttribute('data-suggestions');
    var timer = null;
    var asked = 0;
    var options = [];
    var active = -1;

    function announce(count) {
      var text = count === 0 ? status.getAttribute('data-none')
        : count === 1 ? status.getAttribute('data-one')
          : status.getAttribute('data-many').replace('{0}', String(count));
      status.textContent = text;
    }

    function close() {
      list.hidden = true;
      list.textContent = '';
      options = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function setActive(index) {
      if (active >= 0 && options[active]) {
        options[active].setAttribute('aria-selected', 'false');
      }
      active = index;
      if (active >= 0 && options[active]) {
        options[active].setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', options[active].id);
        options[active].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function option(index, text, detail, href) {
      var li = document.createElement('li');
      li.id = 'q-option-' + index;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.className = 'suggestion';
      li.setAttribute('data-href', href);
      var title = document.createElement('span');
      title.className = 'suggestion-title';
      title.textContent = text;
      li.appendChild(title);
      if (detail) {
        var small = document.createElement('span');
        small.className = 'suggestion-detail';
        small.textContent = ' – ' + detail;
        li.appendChild(small);
      }
      // mousedown, not click: the input must not lose focus before the choice is made.
      li.addEventListener('mousedown', function (event) {
        event.preventDefault();
        window.location.href = href;
      });
      return li;
    }

    function show(answer) {
      list.textContent = '';
      options = [];
      active = -1;
      var organisationWord = status.getAttribute('data-organisation');
      (answer.items || []).forEach(function (item) {
        options.push(option(options.length, item.title, item.organisationName, root + item.url));
      });
      (answer.organisations || []).forEach(function (organisation) {
        options.push(option(options.length, organisation.name, organisationWord,
          root + '/sok.xhtml?q=&organisation=' + encodeURIComponent(organisation.code)));
      });
      options.forEach(function (li) { list.appendChild(li); });
      var open = options.length > 0;
      list.hidden = !open;
      input.setAttribute('aria-expanded', open ? 'true' : 'false');
      input.removeAttribute('aria-activedescendant');
      announce(options.length);
    }

    function ask() {
      var text = input.value.trim();
      if (text.length < MIN_LENGTH) {
        close();
        return;
      }
      var number = ++asked;
      fetch(endpoint + '?size=6&q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (answer) {
          // An older answer that arrives late must not replace a newer one.
          if (answer && number === asked && document.activeElement === input) {
            show(answer);
          }
        })
        .catch(function () { close(); });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, DELAY_MS);
    });

    input.addEventListener('keydown', function (event) {
      var open = !list.hidden && options.length > 0;
      switch (event.key) {
        case 'ArrowDown':
          if (open) {
            event.preventDefault();
            setActive(active + 1 >= options.length ? 0 : active + 1);
          } else if (input.value.trim().length >= MIN_LENGTH) {
            event.preventDefault();
            ask();
          }
          break;
        case 'ArrowUp':
          if (open) {
            event.preventDefault();
            setActive(active <= 0 ? options.length - 1 : active - 1);
          }
          break;
        case 'Enter':
          if (open && active >= 0) {
            event.preventDefault();
            window.location.href = options[active].getAttribute('data-href');
          }
          break;
        case 'Escape':
          if (open) {
            event.preventDefault();
            close();
          } else if (input.value) {
            event.preventDefault();
            input.value = '';
          }
          break;
        case 'Tab':
          close();
          break;
        default:
          break;
      }
    });

    // The list closes when focus or a click goes elsewhere on the page, not on every blur: a blur without
    // a new focus (switching windows, tools that inspect the page) should leave it as it was.
    document.addEventListener('focusin', function (event) {
      if (!form.contains(event.target)) {
        close();
      }
    });
    document.addEventListener('mousedown', function (event) {
      if (!form.contains(event.target)) {
        close();
      }
    });
  }

  var form = document.getElementById('search-form');
  if (form && form.querySelector('[role="combobox"]') && window.fetch) {
    init(form);
  }
}());
