/**
 * The page's first Intl call, made here: it loads the locale's and the zone's ICU data, which the renderer process
 * then shares with the page. The page's own first call takes a few milliseconds instead of 80–360 (4× throttle).
 */
self.onmessage = () => {
  self.postMessage(Intl.DateTimeFormat().resolvedOptions().timeZone);
};
