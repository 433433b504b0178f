// Tells the server the browser's time zone, so that times (when the next quiz attempt opens, when an import
// started) are written in the learner's own zone; and rewrites the times already on this page. Without
// JavaScript the pages show UTC and say so. No inline script: the Content-Security-Policy forbids it.
(function () {
  'use strict';
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone) { return; }
  var wanted = 'cthb-tz=' + encodeURIComponent(zone);
  if (document.cookie.split('; ').indexOf(wanted) < 0) {
    document.cookie = wanted + '; path=/; max-age=31536000; SameSite=Lax';
  }
  var lang = document.documentElement.lang || 'en';
  var times = document.querySelectorAll('time[data-local]');
  for (var i = 0; i < times.length; i++) {
    var when = new Date(times[i].getAttribute('datetime'));
    if (isNaN(when.getTime())) { continue; }
    try {
      times[i].textContent = new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeStyle: 'short'}).format(when)
        + ' (' + zone + ')';
    } catch (e) { /* an old browser keeps the server's text */ }
  }
}());
