// Reading offline and never losing what was done offline; a progressive enhancement: without this script every
// page works as before, online. It
// - registers the service worker (/sw.js), which serves the course kept on this phone when the network is off;
// - on /learn/offline, keeps the course ("Keep this course on my phone") within the stated budget, or removes it,
//   and says what is kept and how much space it takes;
// - while offline, queues lessons marked done and quiz answers in localStorage, each with an id made here, and
//   sends them in order when the network returns (PUT /api/learning/offline/changes/{id}: the same id twice
//   changes nothing); submitting a quiz needs the network, and the page says so;
// - keeps one account's copy and queue apart from another's on a shared phone (by the account tag the layout
//   gives), and clears both on sign-out (sign-out's Clear-Site-Data header is the server's backstop).
// No inline script: the Content-Security-Policy forbids it.
(function () {
  'use strict';
  var script = document.currentScript;
  var owner = script && script.getAttribute('data-owner');
  var storage;
  try { storage = window.localStorage; } catch (e) { return; }
  if (!owner || !storage || !window.fetch || !window.Promise) { return; }
  var PREFIX = 'cthb-offline-';
  var MINE = PREFIX + owner + '-';
  var QUEUE = 'cthb-queue-' + owner;
  var NOTICE = 'cthb-notice-' + owner;

  // Another account used this browser: its kept pages go (they show its progress). Its queue stays, sent only
  // when it signs in again.
  if (storage.getItem('cthb-owner') !== owner && window.caches) {
    dropCaches(function (name) { return name.indexOf(PREFIX) === 0 && name.indexOf(MINE) !== 0; });
  }
  storage.setItem('cthb-owner', owner);

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(function () { /* reading offline is then not offered */ });
  }

  function text(key, values) {
    var el = document.querySelector('#offline-texts [data-text="' + key + '"]');
    var s = el ? el.textContent : '';
    Object.keys(values || {}).forEach(function (k) { s = s.split('%' + k + '%').join(String(values[k])); });
    return s;
  }

  function say(message, alert) {
    var box = document.getElementById('offline-status');
    if (!box) { return; }
    var p = document.createElement('p');
    p.className = alert ? 'alert' : 'note';
    if (alert) { p.setAttribute('role', 'alert'); }
    p.textContent = message;
    box.appendChild(p);
  }

  function offline() { return navigator.onLine === false; }

  function newId() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function queue() {
    try { return JSON.parse(storage.getItem(QUEUE)) || []; } catch (e) { return []; }
  }

  function save(items) {
    if (items.length) { storage.setItem(QUEUE, JSON.stringify(items)); } else { storage.removeItem(QUEUE); }
  }

  /** Queues a change; a later answer to the same question replaces the earlier one, which was never sent. */
  function enqueue(change) {
    var items = queue().filter(function (c) {
      return !(change.kind === 'answer' && c.kind === 'answer' && c.attempt === change.attempt
        && c.question === change.question);
    });
    change.id = newId();
    items.push(change);
    save(items);
  }

  function waiting() {
    var box = document.getElementById('offline-waiting');
    var n = queue().length;
    if (!document.getElementById('offline-status')) { return; }
    if (!box) {
      box = document.createElement('p');
      box.id = 'offline-waiting';
      box.className = 'note';
      document.getElementById('offline-status').appendChild(box);
    }
    box.hidden = n === 0;
    box.textContent = n ? text('waiting', {n: n}) : '';
  }

  // Sending the queue, in order, one change at a time; stops (and keeps the rest) when the network or the session
  // is lost, so that nothing is dropped that the server did not answer.
  var sending = null;

  function flush() {
    if (sending) { return sending; }
    if (!queue().length || offline()) { return Promise.resolve(); }
    var sent = 0;
    sending = fetch('/api/csrf', {credentials: 'same-origin', cache: 'no-store'}).then(function (r) {
      return r.json();
    }).then(function (csrf) {
      function next() {
        var items = queue();
        if (!items.length) { return null; }
        var change = items[0];
        var body = {};
        Object.keys(change).forEach(function (k) { if (k !== 'id') { body[k] = change[k]; } });
        var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
        headers[csrf.header] = csrf.token;
        return fetch('/api/learning/offline/changes/' + encodeURIComponent(change.id), {
          method: 'PUT', credentials: 'same-origin', headers: headers, body: JSON.stringify(body)
        }).then(function (r) {
          var json = (r.headers.get('Content-Type') || '').indexOf('json') >= 0 && !r.redirected;
          // Not signed in any more, refused by the CSRF check, or a server trouble: keep it for later.
          if (!json || r.status === 401 || r.status === 403 || r.status === 429 || r.status >= 500) {
            throw new Error('kept for later');
          }
          save(queue().filter(function (c) { return c.id !== change.id; }));
          if (r.ok) {
            sent++;
            return next();
          }
          return r.json().catch(function () { return {}; }).then(function (problem) {
            tell(r.status === 409 ? text('submitted_elsewhere')
              : text('refused') + ' ' + (problem.detail || problem.title || r.status));
            return next();
          });
        });
      }
      return next();
    }).catch(function () { /* the network went again: the rest waits */ }).then(function () {
      sending = null;
      if (sent) { say(text('sent', {n: sent}), false); }
      waiting();
    });
    return sending;
  }

  /** A refusal is told here, or on the next page that can show it. */
  function tell(message) {
    if (document.getElementById('offline-status')) {
      say(message, true);
    } else {
      storage.setItem(NOTICE, message);
    }
  }

  // A lesson marked done while offline.
  function lessonForm(form) {
    var m = form.getAttribute('action').match(/^\/learn\/v\/(\d+)\/([^/]+)\/([^/]+)\/done$/);
    if (!m) { return; }
    form.addEventListener('submit', function (event) {
      if (!offline()) { return; }
      event.preventDefault();
      var alternative = form.querySelector('input[name="alternative"]');
      enqueue({kind: 'lesson', version: Number(m[1]), module: decodeURIComponent(m[2]),
        lesson: decodeURIComponent(m[3]), alternative: !!alternative && alternative.value === 'true'});
      say(text('queued_lesson'), false);
      waiting();
    });
  }

  // Quiz answers given while offline, kept as they are chosen; submitting needs the network.
  function quizForm(form) {
    var m = form.getAttribute('action').match(/^\/learn\/attempts\/(\d+)$/);
    if (!m) { return; }
    var attempt = Number(m[1]);
    var questions = form.querySelectorAll('fieldset.question');

    function chosen(fieldset) {
      var question = fieldset.id.replace(/^q-/, '');
      var options = [];
      fieldset.querySelectorAll('input[name="q-' + question + '"]').forEach(function (input) {
        if (input.checked) { options.push(input.value); }
      });
      return {question: question, options: options};
    }

    function keep(fieldset) {
      var answer = chosen(fieldset);
      if (answer.options.length) {
        enqueue({kind: 'answer', attempt: attempt, question: answer.question, options: answer.options});
      }
    }

    // What this phone still holds for the attempt shows, after a reload offline too.
    queue().forEach(function (c) {
      if (c.kind !== 'answer' || c.attempt !== attempt) { return; }
      form.querySelectorAll('input[name="q-' + c.question + '"]').forEach(function (input) {
        input.checked = c.options.indexOf(input.value) >= 0;
      });
    });

    form.addEventListener('change', function (event) {
      var fieldset = event.target.closest && event.target.closest('fieldset.question');
      if (fieldset && offline()) {
        keep(fieldset);
        waiting();
      }
    });

    form.addEventListener('submit', function (event) {
      if (!offline()) {
        // The form carries every answer shown: the queued ones of this attempt go with it.
        save(queue().filter(function (c) { return !(c.kind === 'answer' && c.attempt === attempt); }));
        return;
      }
      event.preventDefault();
      Array.prototype.forEach.call(questions, keep);
      var submitting = event.submitter && event.submitter.name === 'submit';
      say(text(submitting ? 'submit_needs_network' : 'queued_answers'), submitting);
      waiting();
    });
  }

  function signOutForm(form) {
    form.addEventListener('submit', function (event) {
      // Offline, sign-out cannot reach the server anyway: nothing is cleared, nothing is lost.
      if (offline() || form.hasAttribute('data-cleared')) { return; }
      event.preventDefault();
      // What can be sent is sent first; then this account's traces go from the browser.
      flush().then(function () {
        storage.removeItem(QUEUE);
        storage.removeItem(NOTICE);
        storage.removeItem('cthb-owner');
        return dropCaches(function (name) { return name.indexOf(PREFIX) === 0; });
      }).catch(function () { /* the server's Clear-Site-Data clears what is left */ }).then(function () {
        form.setAttribute('data-cleared', '');
        form.submit();
      });
    });
  }

  function dropCaches(which) {
    if (!window.caches) { return Promise.resolve(); }
    return caches.keys().then(function (names) {
      return Promise.all(names.filter(which).map(function (name) { return caches.delete(name); }));
    });
  }

  // "Keep this course on my phone".
  function keepPage(panel) {
    var status = document.getElementById('offline-kept');
    var keepButton = document.getElementById('offline-keep-button');
    var removeButton = document.getElementById('offline-remove-button');
    var budgetKb = Number(panel.getAttribute('data-budget'));
    document.getElementById('offline-needs-js').hidden = true;
    if (!window.caches || !('serviceWorker' in navigator)) { return; }
    panel.hidden = false;
    if (location.pathname !== '/learn/offline') {
      // The service worker answered with this page for one that is not kept.
      document.getElementById('offline-not-kept').hidden = false;
    }

    function kb(bytes) { return Math.ceil(bytes / 1024); }

    function show() {
      return caches.keys().then(function (names) {
        var mine = names.filter(function (name) { return name.indexOf(MINE) === 0; });
        if (!mine.length) {
          status.textContent = text('keep_none');
          removeButton.hidden = true;
          return;
        }
        return caches.open(mine[mine.length - 1]).then(function (cache) {
          return cache.keys().then(function (requests) {
            return Promise.all(requests.map(function (request) {
              return cache.match(request).then(function (r) { return r.blob(); }).then(function (b) { return b.size; });
            })).then(function (sizes) {
              var bytes = sizes.reduce(function (a, b) { return a + b; }, 0);
              var images = requests.filter(function (r) {
                return new URL(r.url).pathname.indexOf('/course-assets/') === 0;
              }).length;
              var pages = requests.filter(function (r) {
                var path = new URL(r.url).pathname;
                return path === '/learn' || path.indexOf('/learn/') === 0;
              }).length;
              status.textContent = text('keep_kept', {pages: pages, images: images, kb: kb(bytes), budget: budgetKb});
              status.setAttribute('data-bytes', String(bytes));
              removeButton.hidden = false;
            });
          });
        });
      });
    }

    keepButton.addEventListener('click', function () {
      keepButton.disabled = true;
      fetch('/api/learning/offline', {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
        .then(function (r) {
          if (!r.ok) { throw new Error(String(r.status)); }
          return r.json();
        }).then(function (copy) {
          var addresses = copy.pages.concat(copy.images, copy.assets);
          var done = 0;
          // Everything is fetched and measured first: nothing is stored unless all of it fits the budget.
          return Promise.all(addresses.map(function (address) {
            return fetch(address, {credentials: 'same-origin', cache: 'no-store'}).then(function (r) {
              if (!r.ok || r.redirected) { throw new Error(address + ' ' + r.status); }
              return r.blob().then(function (blob) {
                done++;
                status.textContent = text('keep_working', {done: done, total: addresses.length});
                return {address: address, blob: blob, type: r.headers.get('Content-Type') || ''};
              });
            });
          })).then(function (fetched) {
            var bytes = fetched.reduce(function (sum, f) { return sum + f.blob.size; }, 0);
            if (bytes > copy.budgetBytes) {
              status.textContent = text('keep_over', {kb: kb(bytes), budget: kb(copy.budgetBytes)});
              return null;
            }
            // One version at a time: an older version kept before goes.
            return dropCaches(function (name) { return name.indexOf(MINE) === 0 && name !== copy.cache; })
              .then(function () { return caches.open(copy.cache); })
              .then(function (cache) {
                return Promise.all(fetched.map(function (f) {
                  return cache.put(f.address, new Response(f.blob, {headers: {'Content-Type': f.type}}));
                }));
              }).then(show);
          });
        }).catch(function () {
          status.textContent = text('keep_failed');
        }).then(function () {
          keepButton.disabled = false;
        });
    });

    removeButton.addEventListener('click', function () {
      dropCaches(function (name) { return name.indexOf(MINE) === 0; }).then(show);
    });

    show();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[action]').forEach(function (form) {
      var action = form.getAttribute('action');
      if (action === '/signout') { signOutForm(form); } else if (/\/done$/.test(action)) { lessonForm(form); } else {
        quizForm(form);
      }
    });
    var panel = document.getElementById('offline-keep');
    if (panel) { keepPage(panel); }
    var notice = storage.getItem(NOTICE);
    if (notice && document.getElementById('offline-status')) {
      storage.removeItem(NOTICE);
      say(notice, true);
    }
    waiting();
    flush();
  });
  window.addEventListener('online', function () { flush(); });
}());
