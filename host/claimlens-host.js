/*! claimlens host snippet (MIT). Sizes every <iframe data-claimlens> on the page from the
 * {type: "claimlens:height", height} messages of the app inside it, and only from its own
 * iframe (event.source === iframe.contentWindow). No dependency, no request, no global. */
(function () {
  addEventListener('message', function (e) {
    var d = e.data;
    var h = d && d.type === 'claimlens:height' && d.height;
    // An integer from 1 to 100000 pixels, nothing else.
    if (h !== (h | 0) || h < 1 || h > 1e5) return;
    var frames = document.querySelectorAll('iframe[data-claimlens]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = h + 'px';
    }
  });
})();
