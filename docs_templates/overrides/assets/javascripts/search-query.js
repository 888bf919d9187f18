/* The theme's search box: a date typed with spaces or full-width digits (2 月 20 日,
 * ２月２０日) is put in the form the paper prints and the index holds (2月20日) before the
 * theme reads the box. The same rule is in pagefind-search.js. */
(function () {
  "use strict";
  function normalizeQuery(query) {
    return query
      .replace(/[\uff10-\uff19]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xfee0); })
      .replace(/(\d)\s+(?=[年月日])/g, "$1")
      .replace(/([年月])\s+(?=\d)/g, "$1");
  }
  window.jzNormalizeQuery = normalizeQuery;
  function normalize(event) {
    var box = event.target;
    if (!box || !box.matches || !box.matches("input.md-search__input")) return;
    var value = normalizeQuery(box.value);
    if (value !== box.value) box.value = value;
  }
  // Capturing, on the window: before the theme's own listeners on the box.
  window.addEventListener("input", normalize, true);
  window.addEventListener("keyup", normalize, true);
})();
