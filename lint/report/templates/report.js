/* medlint reviewer report: one article at a time, and sorting and filtering of the overview. */
(function () {
  "use strict";
  var doc = document;
  var mode = doc.documentElement.getAttribute("data-mode");
  var byId = function (id) { return doc.getElementById(id); };
  var dataEl = byId("report-data");
  var rows = dataEl ? JSON.parse(dataEl.textContent) : [];
  var overview = byId("overview");

  // --- single-page layout: the hash names an article, or a place in one --------------------------
  var current = null;
  function route() {
    if (mode !== "single") return;
    var id = "";
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { id = ""; }
    var target = id ? byId(id) : null;
    var art = target && target.closest ? target.closest(".art") : null;
    if (current && current !== art) current.classList.remove("cur");
    if (art) art.classList.add("cur");
    current = art;
    overview.hidden = !!art;
    doc.title = (art ? art.querySelector("h1").textContent + " · " : "") + "medlint reviewer report";
    if (target) {
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: target === art ? "start" : "center" });
    } else {
      window.scrollTo(0, 0);
    }
  }
  window.addEventListener("hashchange", route);

  // --- overview: filter by status, rule and text; sort by any column -----------------------------
  var table = byId("articles");
  if (table) {
    var body = table.tBodies[0];
    var rowEls = rows.map(function (d) { return byId(d.id); });
    var status = byId("f-status"), rule = byId("f-rule"), text = byId("f-text");
    var count = byId("f-count"), empty = byId("f-empty");
    var apply = function () {
      var s = status.value, r = rule.value, t = text.value.trim().toLowerCase(), shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var d = rows[i];
        var ok = (!s || d.status === s) && (!r || d.rules.indexOf(r) !== -1) &&
          (!t || (d.title + "\n" + d.path + "\n" + d.author + "\n" + d.reviewer).toLowerCase().indexOf(t) !== -1);
        rowEls[i].hidden = !ok;
        if (ok) shown++;
      }
      count.textContent = shown + " of " + rows.length + " articles";
      empty.hidden = shown !== 0;
    };
    status.addEventListener("change", apply);
    rule.addEventListener("change", apply);
    text.addEventListener("input", apply);
    var form = status.form;
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });

    var RANK = { error: 2, warning: 1, pass: 0 };
    var sortKey = null, ascending = true;
    var value = function (d, key) {
      if (key === "status") return RANK[d.status];
      var v = d[key];
      return typeof v === "string" ? v.toLowerCase() : v;
    };
    var buttons = table.querySelectorAll("th button[data-sort]");
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener("click", function () {
        var key = button.getAttribute("data-sort");
        ascending = key === sortKey ? !ascending : ["title", "author", "reviewer"].indexOf(key) !== -1;
        sortKey = key;
        var order = rows.map(function (d, i) { return i; });
        order.sort(function (i, j) {
          var a = value(rows[i], key), b = value(rows[j], key);
          var c = a < b ? -1 : a > b ? 1 : rows[i].path < rows[j].path ? -1 : 1;
          return ascending ? c : -c;
        });
        var frag = doc.createDocumentFragment();
        order.forEach(function (i) { frag.appendChild(rowEls[i]); });
        body.appendChild(frag);
        Array.prototype.forEach.call(buttons, function (b) {
          b.parentNode.setAttribute("aria-sort", b === button ? (ascending ? "ascending" : "descending") : "none");
        });
      });
    });
    apply();
  }
  route();
})();
