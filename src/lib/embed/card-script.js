// @ts-check
/* The article card embed's choice of card, run before the card is drawn: `?script=hant` shows the
   Traditional card (the page holds one card per tree; embed.css shows the one named on <html>).
   Without JavaScript the source script's card stays. A classic script file rather than an inline
   one, so the Content-Security-Policy needs no 'unsafe-inline' (src/lib/site/content-security-policy.ts);
   the page gives it, as `data-trees`, the JSON map of `?script=` values to tree folders. */
(function () {
  var settings = /** @type {HTMLScriptElement} */ (document.currentScript).dataset;
  /** @type {Record<string, string>} */
  var trees = JSON.parse(settings.trees || '{}');
  var parameter = new URLSearchParams(location.search).get('script');
  var tree = parameter !== null && Object.prototype.hasOwnProperty.call(trees, parameter) ? trees[parameter] : undefined;
  if (tree) document.documentElement.dataset.script = tree;
})();
