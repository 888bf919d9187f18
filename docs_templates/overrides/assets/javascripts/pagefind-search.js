/* Pagefind in the Material header (site_config/archive.yml: search: pagefind).
 *
 * A few kilobytes in place of Pagefind's own UI bundle: a reader's first search fetches
 * pagefind.js, its WebAssembly, the index chunks for the words typed and the fragments of
 * the results shown, five at a time. Everything from the index is put on the page as text;
 * of an excerpt's markup only Pagefind's <mark> survives.
 *
 * Pagefind cuts the pages' Chinese into words with its own dictionary (刘涛 → 刘 涛,
 * 2月20日 → 2 月 20 日) but does not cut a query: a term that is no word of the index is
 * searched as its longest prefix that is one (刘涛 → every page with 刘). So the box cuts
 * each Chinese or numeric term of the query into words of the index (asking the index
 * whether a piece is one of its words), searches the words together, and lists first the
 * pages where they stand side by side as typed (Pagefind's quoted, exact search).
 */
(function () {
  "use strict";
  var PAGE = 5;
  var script = document.currentScript;
  var box = document.querySelector(".jz-search");
  if (!script || !box) return;
  var bundle = new URL(script.dataset.bundle, location.href);  // .../pagefind/
  var root = new URL("..", bundle);                            // the site, also under a subpath
  var input = box.querySelector("input");
  var status = box.querySelector(".jz-search__status");
  var list = box.querySelector(".jz-search__results");
  var more = box.querySelector(".jz-search__more");
  // The facets (data-pagefind-filter of the article pages: district, topic, year, month)
  // and the order (data-pagefind-sort: the issue date).
  var facets = box.querySelector(".jz-search__filters");
  var selects = facets ? Array.prototype.slice.call(facets.querySelectorAll("select[data-filter]")) : [];
  var order = facets ? facets.querySelector(".jz-search__sort") : null;
  var engine = null;
  var results = [];
  var shown = 0;
  var serial = 0;

  function load() {
    if (!engine) {
      engine = import(new URL("pagefind.js", bundle).href).then(function (pagefind) {
        return pagefind.options({ basePath: bundle.pathname, baseUrl: root.pathname, noWorker: true, excerptLength: 40 })
          .then(function () { return pagefind.filters(); })
          .then(function (available) { offer(available || {}); return pagefind; });
      });
    }
    return engine;
  }

  // Each facet's values as options (years and months in order, names by code point), shown
  // once the index has told which there are.
  function offer(available) {
    selects.forEach(function (select) {
      Object.keys(available[select.dataset.filter] || {}).sort().forEach(function (value) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value + "（" + available[select.dataset.filter][value] + "）";
        select.appendChild(option);
      });
    });
    if (facets) facets.hidden = false;
  }

  // The longest piece asked about: longer words are rare, and each piece is one lookup.
  var LONGEST_WORD = 6;
  var CUTTABLE = /^[\p{sc=Han}\d]+$/u;  // a term Pagefind's dictionary may have cut
  var words = new Map();  // piece -> Promise<boolean>: is it a word of the index?

  function isWord(pagefind, piece) {
    if (!words.has(piece)) {
      words.set(piece, pagefind.search('"' + piece + '"').then(function (found) {
        return Boolean(found && found.results.length);
      }));
    }
    return words.get(piece);
  }

  // A term cut into the fewest words of the index that make it up, or null when some
  // character of it is in no word (then no page prints it as a whole).
  function cut(pagefind, term) {
    var pieces = [];
    for (var i = 0; i < term.length; i++) {
      for (var j = i + 1; j <= Math.min(term.length, i + LONGEST_WORD); j++) pieces.push([i, j]);
    }
    return Promise.all(pieces.map(function (p) { return isWord(pagefind, term.slice(p[0], p[1])); })).then(function (known) {
      var best = [[]];
      pieces.forEach(function (p, k) {
        if (!known[k] || !best[p[0]]) return;
        var path = best[p[0]].concat([term.slice(p[0], p[1])]);
        if (!best[p[1]] || path.length < best[p[1]].length) best[p[1]] = path;
      });
      return best[term.length] || null;
    });
  }

  // The results for a query as the box lists them: the index's words of each term searched
  // together, the pages that print a one-term query as typed (its words side by side) first,
  // each group in Pagefind's order (relevance, or the date order asked for).
  function search(pagefind, query, options) {
    var terms = query.split(/\s+/).filter(Boolean);
    return Promise.all(terms.map(function (term) {
      return CUTTABLE.test(term) ? cut(pagefind, term).then(function (w) { return w || [term]; }) : Promise.resolve([term]);
    })).then(function (cuts) {
      var all = [].concat.apply([], cuts).join(" ");
      var phrase = cuts.length === 1 && cuts[0].length > 1 ? pagefind.search('"' + all + '"', options) : Promise.resolve(null);
      return Promise.all([pagefind.search(all, options), phrase]);
    }).then(function (found) {
      var loose = found[0], exact = found[1];
      if (!loose || !exact || !exact.results.length) return loose;
      var together = new Set(exact.results.map(function (r) { return r.id; }));
      var first = loose.results.filter(function (r) { return together.has(r.id); });
      var seen = new Set(first.map(function (r) { return r.id; }));
      var missing = exact.results.filter(function (r) { return !seen.has(r.id); });
      var rest = loose.results.filter(function (r) { return !together.has(r.id); });
      return Object.assign({}, loose, { results: first.concat(missing, rest) });
    });
  }

  function searchOptions() {
    var filters = {};
    selects.forEach(function (select) { if (select.value) filters[select.dataset.filter] = select.value; });
    var options = { filters: filters };
    if (order && order.value) options.sort = { date: order.value };
    return options;
  }

  function excerpt(html, query) {
    var template = document.createElement("template");  // inert: nothing in it loads or runs
    template.innerHTML = html;
    var text = template.content.textContent;
    // Mark what the reader typed where the excerpt prints it. Pagefind's own marks follow
    // its split of the words (for 徐衣显 it may mark 徐 alone): used only when the query's
    // words do not occur as typed.
    var words = query.split(/\s+/).filter(Boolean).map(function (w) {
      return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    });
    var pattern = words.length ? new RegExp(words.join("|"), "gi") : null;
    var out = document.createDocumentFragment();
    if (pattern && pattern.test(text)) {
      pattern.lastIndex = 0;
      var at = 0, match;
      while ((match = pattern.exec(text)) !== null) {
        if (!match[0]) { pattern.lastIndex++; continue; }
        out.appendChild(document.createTextNode(text.slice(at, match.index)));
        var mark = document.createElement("mark");
        mark.textContent = match[0];
        out.appendChild(mark);
        at = match.index + match[0].length;
      }
      out.appendChild(document.createTextNode(text.slice(at)));
      return out;
    }
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var last = out.lastChild;
        if (last && last.nodeName === "MARK") {
          last.textContent += node.textContent;
        } else {
          var marked = document.createElement("mark");
          marked.textContent = node.textContent;
          out.appendChild(marked);
        }
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function item(data, query) {
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = data.url;
    var title = document.createElement("strong");
    title.textContent = (data.meta && data.meta.title) || data.url;
    var text = document.createElement("p");
    text.appendChild(excerpt(data.excerpt || "", query));
    link.appendChild(title);
    link.appendChild(text);
    li.appendChild(link);
    return li;
  }

  function showMore(id, query) {
    var next = results.slice(shown, shown + PAGE);
    shown += next.length;
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (pages) {
      if (id !== serial) return;
      pages.forEach(function (data) { list.appendChild(item(data, query)); });
      more.hidden = shown >= results.length;
      box.dataset.loaded = String(shown);  // for tests: the results on screen
    });
  }

  // A date typed with spaces or full-width digits (2 月 20 日, ２月２０日) in the form the
  // paper prints it (2月20日); the same rule as search-query.js for the theme's search.
  function normalizeQuery(query) {
    return query
      .replace(/[\uff10-\uff19]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xfee0); })
      .replace(/(\d)\s+(?=[年月日])/g, "$1")
      .replace(/([年月])\s+(?=\d)/g, "$1");
  }
  window.jzNormalizeQuery = normalizeQuery;
  // What the box finds for a query, in its order (for the search benchmark).
  window.jzPagefindSearch = function (query, options) {
    return load().then(function (pagefind) { return search(pagefind, normalizeQuery(query.trim()), options || {}); });
  };

  function later(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  function run() {
    var id = ++serial;
    var query = normalizeQuery(input.value.trim());
    list.textContent = "";
    status.textContent = "";
    more.hidden = true;
    results = [];
    shown = 0;
    delete box.dataset.loaded;  // set again once this search's first results are on screen
    if (!query) return;
    status.textContent = "搜索中…";
    Promise.all([load(), later(250)]).then(function (loaded) {
      if (id !== serial) return null;  // a later keystroke took over
      return search(loaded[0], query, searchOptions());
    }).then(function (found) {
      if (!found || id !== serial) return;
      results = found.results;
      status.textContent = results.length ? "找到 " + results.length + " 篇" : "没有找到“" + query + "”";
      return showMore(id, query);
    }).catch(function () {
      if (id === serial) status.textContent = "搜索暂时不可用";
    });
  }

  input.addEventListener("input", run);
  selects.concat(order ? [order] : []).forEach(function (select) { select.addEventListener("change", run); });
  input.addEventListener("focus", load, { once: true });  // fetch the engine while the reader types
  more.addEventListener("click", function () { showMore(serial, input.value.trim()); });
  box.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { input.value = ""; run(); input.blur(); }
  });
})();
