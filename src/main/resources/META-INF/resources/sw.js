// The service worker: lets a phone read the course it chose to keep ("Keep this course on my phone", /learn/offline)
// with the network off. It changes nothing while online: pages come from the network first (so progress and
// answers are always current) and only fall back to the kept copy when the network fails. Course images and the
// versioned stylesheet and scripts never change at a given address, so they come from the kept copy first.
// The copy lives in Cache Storage as "cthb-offline-<account tag>-<course>-v<version>"; the page script makes it,
// measures it against the budget and deletes it (and sign-out's Clear-Site-Data does too). Nothing is stored here
// for a learner who did not ask to keep the course, except the attempt pages of one who did.
'use strict';

var PREFIX = 'cthb-offline-';

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  var path = url.pathname;
  if (path.indexOf('/static/') === 0 || path.indexOf('/course-assets/') === 0) {
    event.respondWith(keptFirst(request));
  } else if (path === '/learn' || path.indexOf('/learn/') === 0) {
    event.respondWith(networkFirst(request, url));
  }
});

/** The kept copy of the account signed in on this browser, if it kept one (the page script deletes others'). */
function keptCache() {
  return caches.keys().then(function (names) {
    var kept = names.filter(function (name) { return name.indexOf(PREFIX) === 0; });
    return kept.length ? caches.open(kept[kept.length - 1]) : null;
  });
}

function keptFirst(request) {
  return keptCache().then(function (cache) {
    return (cache ? cache.match(request, {ignoreVary: true}) : Promise.resolve(undefined)).then(function (hit) {
      return hit || fetch(request);
    });
  });
}

function networkFirst(request, url) {
  var attempt = /^\/learn\/attempts\/\d+$/.test(url.pathname);
  // An attempt page is one page whatever its query ("?saved=1" after saving).
  var key = attempt ? url.origin + url.pathname : request.url;
  var options = {ignoreVary: true, ignoreSearch: attempt};
  return keptCache().then(function (cache) {
    return fetch(request).then(function (response) {
      // Keep the kept copy current (a lesson now done) and keep open quiz attempts, so that one opened online can
      // be answered after a reload offline.
      if (cache && response.ok && response.type === 'basic' && !response.redirected) {
        var copy = response.clone();
        cache.match(key, options).then(function (hit) {
          if (hit || attempt) {
            cache.put(key, copy);
          }
        });
      }
      return response;
    }, function (offline) {
      if (!cache) {
        throw offline;
      }
      return cache.match(key, options).then(function (hit) {
        // A page that is not kept: the page of what is, which says so.
        return hit || cache.match('/learn/offline', {ignoreVary: true}).then(function (fallback) {
          if (!fallback) {
            throw offline;
          }
          return fallback;
        });
      });
    });
  });
}
