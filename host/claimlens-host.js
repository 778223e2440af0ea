/*! claimlens host snippet (MIT). Sizes every <iframe data-claimlens> on the page from the
 * {type: "claimlens:height", height} messages of the app inside it, and only from its own
 * iframe (event.source === iframe.contentWindow). No dependency, no request, no global. */
(function () {
  function frames() {
    return document.querySelectorAll('iframe[data-claimlens]');
  }
  addEventListener('message', function (e) {
    var d = e.data;
    var h = d && d.type === 'claimlens:height' && d.height;
    // An integer from 1 to 100000 pixels, nothing else.
    if (h !== (h | 0) || h < 1 || h > 1e5) return;
    for (var f = frames(), i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source) f[i].style.height = h + 'px';
    }
  });
  // Loaded late (async), ask each app for the height it may have sent already.
  for (var f = frames(), i = 0; i < f.length; i++) {
    f[i].contentWindow.postMessage({ type: 'claimlens:measure' }, '*');
  }
})();
