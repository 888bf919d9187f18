/* Pagefind in the Material header (site_config/archive.yml: search: pagefind).
 *
 * A few kilobytes in place of Pagefind's own UI bundle: a reader's first search fetches
 * pagefind.js, its WebAssembly, the index chunks for the words typed and the fragments of
 * the results shown, five at a time. Everything from the index is put on the page as text;
 * of an excerpt's markup only Pagefind's <mark> survives.
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
    load().then(function (pagefind) {
      return pagefind.debouncedSearch(query, searchOptions(), 250);
    }).then(function (search) {
      if (!search || id !== serial) return;  // a later keystroke took over
      results = search.results;
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
