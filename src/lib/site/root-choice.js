// @ts-check
/* The root page's choice of script tree, run before the page is drawn: the tree the reader chose
   before (remembered by the header's toggle) wins; else the first of the browser's languages that
   a tree's pattern matches; else the source tree. A classic script file rather than an inline
   one, so the Content-Security-Policy needs no 'unsafe-inline' (src/lib/site/content-security-policy.ts);
   the page gives it its settings as data attributes:
     data-base     the archive's root URL, ending in /
     data-trees    JSON: the tree folders (SCRIPT_SEGMENTS)
     data-choices  JSON: [{ script, pattern }] in the order tried (browserLanguageChoices)
     data-fallback the source tree */
(function () {
  var settings = /** @type {HTMLScriptElement} */ (document.currentScript).dataset;
  /** @type {string[]} */
  var trees = JSON.parse(settings.trees || '[]');
  /** @type {Array<{ script: string, pattern: string }>} */
  var choices = JSON.parse(settings.choices || '[]');
  /** @type {string | null} */
  var chosen = null;
  try {
    chosen = localStorage.getItem('archive-script');
  } catch (e) {
    // Storage may be disabled.
  }
  if (chosen === null || trees.indexOf(chosen) === -1) {
    var languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    chosen = settings.fallback || trees[0] || '';
    search: for (var i = 0; i < languages.length; i++) {
      var tag = String(languages[i]).toLowerCase();
      for (var j = 0; j < choices.length; j++) {
        var choice = /** @type {{ script: string, pattern: string }} */ (choices[j]);
        if (new RegExp(choice.pattern).test(tag)) {
          chosen = choice.script;
          break search;
        }
      }
    }
  }
  location.replace(settings.base + chosen + '/');
})();
